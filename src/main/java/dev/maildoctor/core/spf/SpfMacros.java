package dev.maildoctor.core.spf;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.network.AddressText;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The macro language of RFC 7208 section 7: {@code %{letter digits r delimiters}}, {@code %%},
 * {@code %_} and {@code %-}. Letters c, r and t are allowed only in explanation text.
 */
final class SpfMacros {
    private static final String LETTERS = "slodiphv";
    private static final String EXPLANATION_LETTERS = "crt";
    private static final String DELIMITERS = ".-+,/_=";

    /** A macro string that breaks the grammar; the record (or the explanation) is unusable. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Msg problem;

        SyntaxError(Msg problem) {
            super(problem.key(), null, false, false);
            this.problem = problem;
        }

        Msg problem() {
            return problem;
        }
    }

    /**
     * What the letters stand for.
     *
     * @param validated the %{p} value ("unknown" when not validated); null when not looked up, which
     *                  is only allowed for strings that do not use it
     */
    record Values(InetAddress ip, String sender, String localPart, String senderDomain, String domain, String helo,
                  String validated, String receiver, long timestamp) {
        Values withDomain(String newDomain) {
            return new Values(ip, sender, localPart, senderDomain, newDomain, helo, validated, receiver, timestamp);
        }

        Values withValidated(String name) {
            return new Values(ip, sender, localPart, senderDomain, domain, helo, name, receiver, timestamp);
        }
    }

    private SpfMacros() {
    }

    static boolean usesP(String text) {
        return text.toLowerCase(Locale.ROOT).contains("%{p");
    }

    /** Checks the grammar only. */
    static void validate(String text, boolean explanation) throws SyntaxError {
        expand(text, null, explanation);
    }

    /** @param values null to check the grammar only */
    static String expand(String text, Values values, boolean explanation) throws SyntaxError {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '%') {
                boolean allowed = (c >= 0x21 && c <= 0x7e) || (explanation && c == ' ');
                if (!allowed) {
                    throw new SyntaxError(Msg.of("spf.eval.bad_character", text, String.format("0x%02X", (int) c)));
                }
                out.append(c);
                i++;
                continue;
            }
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            switch (next) {
                case '%' -> out.append('%');
                case '_' -> out.append(' ');
                case '-' -> out.append("%20");
                case '{' -> {
                    int close = text.indexOf('}', i);
                    if (close < 0) {
                        throw new SyntaxError(Msg.of("spf.eval.bad_macro", text));
                    }
                    out.append(macro(text, text.substring(i + 2, close), values, explanation));
                    i = close + 1;
                    continue;
                }
                default -> throw new SyntaxError(Msg.of("spf.eval.bad_macro", text));
            }
            i += 2;
        }
        return out.toString();
    }

    private static String macro(String text, String body, Values values, boolean explanation) throws SyntaxError {
        if (body.isEmpty()) {
            throw new SyntaxError(Msg.of("spf.eval.bad_macro", text));
        }
        char letter = Character.toLowerCase(body.charAt(0));
        boolean known = LETTERS.indexOf(letter) >= 0 || (explanation && EXPLANATION_LETTERS.indexOf(letter) >= 0);
        if (!known) {
            throw new SyntaxError(Msg.of("spf.eval.bad_macro", text));
        }
        int i = 1;
        while (i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
            i++;
        }
        String digits = body.substring(1, i);
        boolean reverse = i < body.length() && Character.toLowerCase(body.charAt(i)) == 'r';
        if (reverse) {
            i++;
        }
        String delimiters = body.substring(i);
        for (char d : delimiters.toCharArray()) {
            if (DELIMITERS.indexOf(d) < 0) {
                throw new SyntaxError(Msg.of("spf.eval.bad_macro", text));
            }
        }
        int keep = digits.isEmpty() ? Integer.MAX_VALUE
                : digits.length() > 3 ? 999 : Integer.parseInt(digits);
        if (keep == 0) {
            throw new SyntaxError(Msg.of("spf.eval.bad_macro", text));
        }
        if (values == null) {
            return "";
        }
        String value = transform(value(letter, values), delimiters.isEmpty() ? "." : delimiters, reverse, keep);
        return Character.isUpperCase(body.charAt(0)) ? urlEscape(value) : value;
    }

    private static String transform(String value, String delimiters, boolean reverse, int keep) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            if (delimiters.indexOf(value.charAt(i)) >= 0) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        if (reverse) {
            Collections.reverse(parts);
        }
        if (keep < parts.size()) {
            parts = parts.subList(parts.size() - keep, parts.size());
        }
        return String.join(".", parts);
    }

    private static String value(char letter, Values v) {
        return switch (letter) {
            case 's' -> v.sender();
            case 'l' -> v.localPart();
            case 'o' -> v.senderDomain();
            case 'd' -> v.domain();
            case 'i' -> dotted(v.ip());
            case 'p' -> v.validated() == null ? "unknown" : v.validated();
            case 'h' -> v.helo();
            case 'v' -> v.ip() instanceof Inet4Address ? "in-addr" : "ip6";
            case 'c' -> AddressText.format(v.ip());
            case 'r' -> v.receiver();
            case 't' -> Long.toString(v.timestamp());
            default -> throw new IllegalStateException("unchecked macro letter " + letter);
        };
    }

    /** %{i}: IPv4 as written, IPv6 as 32 dot-separated nibbles. */
    static String dotted(InetAddress ip) {
        if (ip instanceof Inet4Address) {
            return ip.getHostAddress();
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : ip.getAddress()) {
            sb.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16))).append('.')
                    .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16))).append('.');
        }
        return sb.substring(0, sb.length() - 1);
    }

    /** The reverse-DNS name of an address ({@code 4.3.2.1.in-addr.arpa}, nibbles under ip6.arpa). */
    static String reverseName(InetAddress ip) {
        List<String> parts = new ArrayList<>(List.of(dotted(ip).split("\\.")));
        Collections.reverse(parts);
        return String.join(".", parts) + (ip instanceof Inet4Address ? ".in-addr.arpa" : ".ip6.arpa");
    }

    private static String urlEscape(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", (int) c));
            }
        }
        return sb.toString();
    }
}
