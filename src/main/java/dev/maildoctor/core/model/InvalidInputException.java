package dev.maildoctor.core.model;

/** Input the user typed or loaded that cannot be used; carries a message key for a one-line error. */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient Msg msg;

    public InvalidInputException(Msg msg) {
        super(msg.key() + " " + msg.args());
        this.msg = msg;
    }

    public Msg msg() {
        return msg;
    }
}
