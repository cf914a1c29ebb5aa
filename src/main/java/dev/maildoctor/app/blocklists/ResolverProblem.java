package dev.maildoctor.app.blocklists;

import dev.maildoctor.core.model.Msg;

/** The resolver settings cannot be used; carries the message for the page. */
final class ResolverProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Msg msg;

    ResolverProblem(Msg msg, Throwable cause) {
        super(msg.key(), cause);
        this.msg = msg;
    }

    Msg msg() {
        return msg;
    }
}
