package dev.maildoctor.core.network;

import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns user input into a {@link Target}. Never resolves anything: an address is parsed only when
 * the text is a literal, so a typo can never trigger a DNS lookup behind the user's back.
 */
public final class TargetParser {
    private static final int MAX_INPUT = 300;
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private TargetParser() {
    }

    public static Target parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(Msg.of("target.error.empty"));
        }
        if (text.length() > MAX_INPUT) {
            throw new InvalidInputException(Msg.of("target.error.too_long", MAX_INPUT));
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        if (IPV4.matcher(text).matches()) {
            return parseIpv4(text);
        }
        if (text.indexOf(':') >= 0) {
            return parseIpv6(text);
        }
        if (text.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            throw new InvalidInputException(Msg.of("target.error.bad_ipv4", text));
        }
        return parseDomain(text);
    }

    private static Target parseIpv4(String text) {
        var m = IPV4.matcher(text);
        m.matches();
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = m.group(i + 1);
            int value = Integer.parseInt(part);
            if (value > 255 || (part.length() > 1 && part.startsWith("0"))) {
                throw new InvalidInputException(Msg.of("target.error.bad_ipv4", text));
            }
            bytes[i] = (byte) value;
        }
        return literal(bytes, text);
    }

    private static Target parseIpv6(String text) {
        if (!IPV6_CHARS.matcher(text).matches() || text.length() > 45) {
            throw new InvalidInputException(Msg.of("target.error.bad_ipv6", text));
        }
        try {
            // Only hex digits, ':' and '.' reach here, so getByName parses a literal and never queries DNS.
            return Target.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            throw new InvalidInputException(Msg.of("target.error.bad_ipv6", text));
        }
    }

    private static Target literal(byte[] bytes, String text) {
        try {
            return Target.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new InvalidInputException(Msg.of("target.error.bad_ipv4", text));
        }
    }

    private static Target parseDomain(String text) {
        String unicode = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        String ascii;
        try {
            ascii = IDN.toASCII(unicode, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Msg.of("target.error.bad_domain", text));
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > 253) {
            throw new InvalidInputException(Msg.of("target.error.bad_domain", text));
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidInputException(Msg.of("target.error.bad_domain", text));
            }
        }
        return new Target.Domain(ascii, IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED));
    }
}
