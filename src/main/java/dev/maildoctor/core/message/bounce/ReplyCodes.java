package dev.maildoctor.core.message.bounce;

/** Finds SMTP basic reply codes (550, 421, ...) in reply texts. Linear scan, no regex. */
public final class ReplyCodes {
    private ReplyCodes() {
    }

    /** True for codes an SMTP server may send (RFC 5321, 4954, 7504). */
    public static boolean valid(int code) {
        if (code < 211 || code > 556 || code % 100 > 59) {
            return false;
        }
        if (code / 100 == 2) {
            return code == 235 || code <= 221 || code >= 250 && code <= 253;
        }
        if (code / 100 == 3) {
            return code == 334 || code == 354;
        }
        return true;
    }

    /**
     * The first reply code in {@code text} that stands alone (not part of a number, an address or
     * a status code), preferring the class given.
     *
     * @param classHint '2', '4', '5', or 0 for any of 5, 4, 2
     */
    public static String find(String text, char classHint) {
        if (text == null || text.length() < 3 || text.toUpperCase(java.util.Locale.ROOT).contains("X-UNIX")) {
            return "";
        }
        String any = "";
        int n = text.length();
        for (int i = 0; i + 2 < n; i++) {
            char c = text.charAt(i);
            if (c != '2' && c != '4' && c != '5') {
                continue;
            }
            if (i > 0 && isNumberish(text.charAt(i - 1))) {
                continue;
            }
            if (!isDigit(text.charAt(i + 1)) || !isDigit(text.charAt(i + 2))) {
                continue;
            }
            if (i + 3 < n && isNumberish(text.charAt(i + 3))) {
                continue;
            }
            int code = (c - '0') * 100 + (text.charAt(i + 1) - '0') * 10 + (text.charAt(i + 2) - '0');
            if (!valid(code) || code / 100 == 3) {
                continue;
            }
            if (classHint == 0 || c == classHint) {
                if (classHint != 0 || c != '2') {
                    return Integer.toString(code);
                }
                if (any.isEmpty()) {
                    any = Integer.toString(code);
                }
            }
        }
        return any;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Digits, '.', '/' and '-' around three digits mean a number, a date or an address. */
    private static boolean isNumberish(char c) {
        return isDigit(c) || c == '.' || c == '/' || c == ':' || c == '@' || Character.isLetter(c) || c == '_';
    }
}
