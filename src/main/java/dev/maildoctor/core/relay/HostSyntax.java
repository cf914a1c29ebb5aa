package dev.maildoctor.core.relay;

import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.network.AddressText;
import java.net.IDN;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host names, address literals and domains as they may appear in Postfix files. Everything that
 * reaches a file passes through here, so no whitespace, newline or '#' can ever split or comment
 * out a line.
 */
final class HostSyntax {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]{2,45}");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern ALL_NUMERIC = Pattern.compile("[0-9.]+");

    private HostSyntax() {
    }

    /** A relay host: an IPv4 or IPv6 literal (canonical text) or a host name (lower-case ASCII). */
    static String relayHost(String text) {
        String host = text == null ? "" : text;
        if (host.isEmpty()) {
            throw new InvalidInputException(Msg.of("relay.input.empty"));
        }
        if (isIpv4(host)) {
            return ipv4(host);
        }
        if (host.indexOf(':') >= 0) {
            return ipv6(host);
        }
        return domain(host, "relay.input.bad_host");
    }

    static boolean isIpv4(String text) {
        return IPV4.matcher(text).matches();
    }

    static boolean isIpv6(String text) {
        return text.indexOf(':') >= 0;
    }

    /** A host or domain name: IDNA to ASCII, lower case, LDH labels; the error names {@code key}. */
    static String domain(String text, String key) {
        String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (name.isEmpty() || hasUnsafeCharacter(name)) {
            throw new InvalidInputException(Msg.of(key, printable(text)));
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Msg.of(key, printable(text)));
        }
        if (ascii.length() > 253 || ALL_NUMERIC.matcher(ascii).matches()) {
            throw new InvalidInputException(Msg.of(key, printable(text)));
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidInputException(Msg.of(key, printable(text)));
            }
        }
        return ascii;
    }

    /** The Unicode form of an ASCII domain, for comments; never contains a line break. */
    static String unicode(String ascii) {
        return IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
    }

    /** Whitespace, control characters and '#' would break a Postfix table line or start a comment. */
    static boolean hasUnsafeCharacter(String text) {
        return text.chars().anyMatch(c -> c == '#' || Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.isSpaceChar(c));
    }

    /** Input echoed in an error message, with line breaks made visible so the message stays one line. */
    static String printable(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().limit(100).forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static String ipv4(String text) {
        var m = IPV4.matcher(text);
        m.matches();
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = m.group(i + 1);
            int value = Integer.parseInt(part);
            if (value > 255 || (part.length() > 1 && part.startsWith("0"))) {
                throw new InvalidInputException(Msg.of("relay.input.bad_address", printable(text)));
            }
            bytes[i] = (byte) value;
        }
        return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
    }

    private static String ipv6(String text) {
        if (!IPV6_CHARS.matcher(text).matches()) {
            throw new InvalidInputException(Msg.of("relay.input.bad_address", printable(text)));
        }
        try {
            // Only hex digits, ':' and '.' reach here, so getByName parses a literal and never queries DNS.
            InetAddress address = InetAddress.getByName(text);
            if (!(address instanceof Inet6Address)) {
                throw new InvalidInputException(Msg.of("relay.input.bad_address", printable(text)));
            }
            return AddressText.format(address);
        } catch (UnknownHostException e) {
            throw new InvalidInputException(Msg.of("relay.input.bad_address", printable(text)));
        }
    }
}
