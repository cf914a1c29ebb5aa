package dev.maildoctor.core.spf;

/**
 * TXT text as {@link dev.maildoctor.core.dns.Dns} reports it (presentation form: {@code \"},
 * {@code \\} and {@code \DDD} for bytes outside printable ASCII) turned back into the octets DNS
 * carried, one char per octet. SPF is 7-bit text, so a high octet stays visible as such and makes
 * the record invalid instead of being decoded into something that looks harmless.
 */
final class TxtText {
    private TxtText() {
    }

    static String octets(String presentation) {
        if (presentation.indexOf('\\') < 0) {
            return presentation;
        }
        StringBuilder sb = new StringBuilder(presentation.length());
        for (int i = 0; i < presentation.length(); i++) {
            char c = presentation.charAt(i);
            if (c != '\\' || i + 1 >= presentation.length()) {
                sb.append(c);
            } else if (i + 3 < presentation.length() && isDigits(presentation, i + 1)) {
                sb.append((char) (Integer.parseInt(presentation.substring(i + 1, i + 4)) & 0xff));
                i += 3;
            } else {
                sb.append(presentation.charAt(++i));
            }
        }
        return sb.toString();
    }

    private static boolean isDigits(String s, int from) {
        for (int i = from; i < from + 3; i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
