package dev.maildoctor.core.relay;

/**
 * The relay (smarthost) mail goes through: host name or address and port (587 when not given).
 * Postfix writes it {@code [host]:port}: the brackets stop an MX lookup of the host.
 */
public record RelayTarget(String host, int port) {
    public static final int DEFAULT_PORT = 587;

    /** Parses {@code host}, {@code host:port}, {@code [host]:port} or {@code [IPv6]:port}; InvalidInputException otherwise. */
    public static RelayTarget parse(String text) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** {@code [relay.example.net]:587} */
    public String postfix() {
        return "[" + host + "]:" + port;
    }
}
