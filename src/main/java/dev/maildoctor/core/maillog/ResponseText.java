package dev.maildoctor.core.maillog;

/**
 * Remote responses as logged after a delivery status: "host mx.example.com[192.0.2.1] said: 550-5.7.1
 * [192.0.2.9 12] Our system has detected ... 550 5.7.1 more information. x1si2 - gsmtp (in reply to
 * end of DATA command)". Normalising turns the many variants of one response into one text, so they
 * can be counted: the "host ... said:" preamble and multi-line continuation codes go, addresses
 * become "*@*", numbers, IP addresses and ids "#"; short codes (S3150, TSS04), enhanced status
 * codes and URLs stay.
 */
final class ResponseText {
    /** Longest response kept as evidence or classified. */
    static final int MAX_RAW = 1000;
    /** Longest normalised response. */
    static final int MAX_NORMALISED = 500;

    private ResponseText() {
    }

    /** The basic reply code (550) after "said:" or "talk to me:", or at the start; null when absent. */
    static Integer replyCode(String response) {
        int said = response.indexOf(" said: ");
        int at = said >= 0 ? said + 7 : 0;
        if (said < 0) {
            int talk = response.indexOf("talk to me: ");
            at = talk >= 0 ? talk + 12 : 0;
        }
        if (at + 3 > response.length()) {
            return null;
        }
        char a = response.charAt(at);
        char b = response.charAt(at + 1);
        char c = response.charAt(at + 2);
        boolean code = a >= '2' && a <= '5' && b >= '0' && b <= '9' && c >= '0' && c <= '9'
                && (at + 3 == response.length() || !Character.isLetterOrDigit(response.charAt(at + 3)));
        return code ? (a - '0') * 100 + (b - '0') * 10 + (c - '0') : null;
    }

    /** The remote host a response names ("host X[", "connect to X[", "with X["), or null. */
    static String remoteHost(String response) {
        for (String lead : new String[] {"host ", "connect to ", "with "}) {
            int i = response.indexOf(lead);
            if (i >= 0) {
                int start = i + lead.length();
                int bracket = response.indexOf('[', start);
                if (bracket > start && response.indexOf(' ', start) > bracket) {
                    return response.substring(start, bracket);
                }
            }
        }
        return null;
    }

    static String normalise(String response) {
        String s = response.length() > MAX_RAW ? response.substring(0, MAX_RAW) : response;
        if (s.startsWith("host ")) {
            int said = s.indexOf(" said: ");
            if (said > 0 && said < 300) {
                s = s.substring(said + 7);
            }
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_NORMALISED + 20));
        String code = null;
        String status = null;
        boolean afterCode = false;
        boolean openMask = false;
        int n = s.length();
        int i = 0;
        while (i < n && out.length() < MAX_NORMALISED) {
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            int end = s.indexOf(' ', i);
            end = end < 0 ? n : end;
            if (end == i) {
                break;
            }
            String token = s.substring(i, end);
            i = end;
            if (code == null && out.length() == 0 && isCode(token)) {
                code = token.substring(0, 3);
                status = token.length() > 4 ? token.substring(4) : null;
                out.append(code);
                if (status != null) {
                    out.append(' ').append(status);
                }
                afterCode = status == null;
                continue;
            }
            if (code != null && (token.equals(code) || (token.startsWith(code) && isCode(token)))) {
                afterCode = token.equals(code); // a continuation: "550-5.7.1 text" or "550 5.7.1 text"
                continue;
            }
            if (afterCode && isEnhancedStatus(token)) {
                afterCode = false;
                if (status == null) {
                    status = token;
                    out.append(' ').append(token);
                }
                continue;
            }
            afterCode = false;
            openMask = appendMasked(out, token, openMask);
        }
        if (out.length() > MAX_NORMALISED) {
            out.setLength(MAX_NORMALISED);
        }
        return out.toString();
    }

    /**
     * Appends a token, its core masked when it varies between messages, keeping the punctuation
     * around it. Masks that follow each other merge ("[ip      12]" becomes "[#]").
     *
     * @return whether the output now ends in a mask that a following mask may merge with
     */
    private static boolean appendMasked(StringBuilder out, String token, boolean openMask) {
        int a = 0;
        int b = token.length();
        while (a < b && isOpening(token.charAt(a))) {
            a++;
        }
        while (b > a && isClosing(token.charAt(b - 1))) {
            b--;
        }
        char mask = a == b || token.startsWith("http://", a) || token.startsWith("https://", a) ? 0 : maskOf(token, a, b);
        if (mask == 0) {
            appendWord(out, token, 0, token.length());
            return false;
        }
        boolean number = mask == '#';
        if (openMask && a == 0 && number) {
            out.append(token, b, token.length());
            return b == token.length();
        }
        appendWord(out, token, 0, a);
        out.append(number ? "#" : "*@*").append(token, b, token.length());
        return b == token.length() && number;
    }

    /** '@' for an address, '#' for a number, IP address or id, 0 for a word that stays. */
    private static char maskOf(String t, int from, int to) {
        boolean digit = false;
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c == '@') {
                return '@';
            }
            digit |= c >= '0' && c <= '9';
        }
        if (!digit) {
            return 0;
        }
        String core = t.substring(from, to);
        return isEnhancedStatus(core) || isShortCode(core) ? 0 : '#';
    }

    private static boolean isOpening(char c) {
        return c == '<' || c == '(' || c == '[' || c == '{' || c == '"' || c == '\'';
    }

    private static boolean isClosing(char c) {
        return c == '>' || c == ')' || c == ']' || c == '}' || c == ',' || c == ';' || c == ':' || c == '.'
                || c == '"' || c == '\'' || c == '!' || c == '?';
    }

    private static void appendWord(StringBuilder out, String word, int from, int to) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(word, from, to);
    }

    /** "550", "550-5.7.1" or "421-4.7.0". */
    private static boolean isCode(String t) {
        if (t.length() < 3 || !digits(t, 0, 3) || t.charAt(0) < '2' || t.charAt(0) > '5') {
            return false;
        }
        return t.length() == 3 || (t.charAt(3) == '-' && (t.length() == 4 || isEnhancedStatus(t.substring(4))));
    }

    /** "5.7.1", "4.7.28". */
    static boolean isEnhancedStatus(String t) {
        int d1 = t.indexOf('.');
        int d2 = d1 < 0 ? -1 : t.indexOf('.', d1 + 1);
        return d1 == 1 && d2 > d1 + 1 && d2 <= d1 + 4 && t.length() > d2 + 1 && t.length() <= d2 + 4
                && digits(t, 0, 1) && digits(t, 2, d2) && digits(t, d2 + 1, t.length());
    }

    private static boolean digits(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return from < to;
    }

    /** Providers' reason codes such as S3150, TSS04, AS(2): letters first, short, no separators. */
    private static boolean isShortCode(String s) {
        if (s.length() > 6 || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isLetterOrDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
