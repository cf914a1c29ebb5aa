package dev.maildoctor.core.relay;

import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;

/**
 * The relay (smarthost) mail goes through: host name or address and port (587 when not given).
 * Postfix writes it {@code [host]:port}: the brackets stop an MX lookup of the host.
 *
 * <p>The host is kept canonical: lower-case ASCII (punycode for an internationalised name), or an
 * address literal (IPv6 in RFC 5952 form, without brackets). The constructor checks it, so a
 * target can always be written into a Postfix file safely.
 */
public record RelayTarget(String host, int port) {
    public static final int DEFAULT_PORT = 587;
    /** Submissions with implicit TLS (RFC 8314): the connection starts with TLS, no STARTTLS. */
    public static final int IMPLICIT_TLS_PORT = 465;
    private static final int MAX_INPUT = 300;

    public RelayTarget {
        host = HostSyntax.relayHost(host);
        if (port < 1 || port > 65535) {
            throw new InvalidInputException(Msg.of("relay.input.bad_port", String.valueOf(port)));
        }
    }

    /**
     * Parses {@code host}, {@code host:port}, {@code [host]:port}, {@code [IPv6]:port} or an address
     * literal; InvalidInputException otherwise. An IPv6 address needs brackets: in
     * {@code 2001:db8::1:465} the port cannot be told from the address.
     */
    public static RelayTarget parse(String text) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw new InvalidInputException(Msg.of("relay.input.empty"));
        }
        if (input.length() > MAX_INPUT) {
            throw new InvalidInputException(Msg.of("relay.input.too_long", MAX_INPUT));
        }
        if (HostSyntax.hasUnsafeCharacter(input)) {
            throw new InvalidInputException(Msg.of("relay.input.bad_host", HostSyntax.printable(input)));
        }
        if (input.startsWith("[")) {
            int close = input.indexOf(']');
            if (close < 0) {
                throw new InvalidInputException(Msg.of("relay.input.bad_host", input));
            }
            String rest = input.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw new InvalidInputException(Msg.of("relay.input.bad_host", input));
            }
            int port = rest.isEmpty() ? DEFAULT_PORT : port(rest.substring(1));
            return new RelayTarget(input.substring(1, close), port);
        }
        int colon = input.indexOf(':');
        if (colon < 0) {
            return new RelayTarget(input, DEFAULT_PORT);
        }
        if (input.indexOf(':', colon + 1) >= 0) {
            throw new InvalidInputException(Msg.of("relay.input.ipv6_brackets", input));
        }
        return new RelayTarget(input.substring(0, colon), port(input.substring(colon + 1)));
    }

    private static int port(String text) {
        if (!text.matches("[0-9]{1,5}")) {
            throw new InvalidInputException(Msg.of("relay.input.bad_port", text));
        }
        return Integer.parseInt(text);
    }

    /** True when the relay is an address literal rather than a host name. */
    public boolean isAddressLiteral() {
        return HostSyntax.isIpv4(host) || HostSyntax.isIpv6(host);
    }

    /** Port 465: the SMTP client must start TLS at once (Postfix "wrapper mode"). */
    public boolean implicitTls() {
        return port == IMPLICIT_TLS_PORT;
    }

    /** {@code [relay.example.net]:587} */
    public String postfix() {
        return "[" + host + "]:" + port;
    }
}
