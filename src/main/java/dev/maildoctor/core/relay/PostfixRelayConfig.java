package dev.maildoctor.core.relay;

/** Writes the Postfix files that send mail for some recipient domains through a relay. */
public final class PostfixRelayConfig {
    private PostfixRelayConfig() {
    }

    public static PostfixFiles generate(RelayRequest request) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
