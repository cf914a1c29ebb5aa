package dev.maildoctor.core.message.bounce;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tidies a remote server's reply as MTAs quote it, and reads the hosts and addresses it names.
 * Multi-line replies ("550-5.7.1 ... 550-5.7.1 ... 550 5.7.1 ...") become one sentence led by a
 * single "550 5.7.1". Regexes here run only on text already cut to {@link #MAX} characters and use
 * no nested quantifiers.
 */
final class Diagnostics {
    static final int MAX = 8 * 1024;
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] CLIENT_WORDS = {"client host", "client", "your ip address", "your ip",
        "sending ip", "sender ip address", "sender ip", "connecting ip", "messages from", "message from", "mail from ip", "from ip",
        "the ip address", "ip address", "ip:", "ip", "the mail server"};

    private Diagnostics() {
    }

    /** One line, single spaces, continuation prefixes folded into a leading "RRR S.S.S". */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.length() > MAX ? raw.substring(0, MAX) : raw;
        text = SPACES.matcher(text.replace('\u0000', ' ')).replaceAll(" ").strip();
        String status = StatusCodes.find(text, (char) 0);
        String reply = ReplyCodes.find(text, status.isEmpty() ? 0 : status.charAt(0));
        if (reply.isEmpty() || !text.contains(reply + "-")) {
            return text;
        }
        // Keep what precedes the reply ("host mx.example.com[192.0.2.1] said:"), fold the reply itself.
        int start = text.indexOf(reply + "-");
        String prefix = text.substring(0, start);
        String out = text.substring(start);
        if (!status.isEmpty()) {
            out = out.replace(reply + "-" + status + " ", "").replace(reply + " " + status + " ", "")
                    .replace(reply + "-" + status, "").replace(reply + " " + status, "");
        }
        out = out.replace(reply + "-", "").replace(reply + " ", "");
        out = SPACES.matcher(out).replaceAll(" ").strip();
        return (prefix + reply + " " + (status.isEmpty() ? "" : status + " ") + out).strip();
    }

    /** A whole free-form explanation, cut to a size a reply text can have. */
    static String summary(String text) {
        String t = text.strip();
        return t.length() > 2_000 ? t.substring(0, 2_000) : t;
    }

    /** {host, ip} named in text such as "host mx.example.com[192.0.2.1] said:", either may be "". */
    static String[] remote(String text) {
        String t = text.length() > MAX ? text.substring(0, MAX) : text;
        String lower = t.toLowerCase(Locale.ROOT);
        // Postfix "host NAME[IP] said", Exim "host NAME [IP]: ..."
        for (int at = lower.indexOf("host "); at >= 0; at = lower.indexOf("host ", at + 5)) {
            if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
                continue;
            }
            int i = skipSpaces(t, at + 5);
            int nameEnd = i;
            while (nameEnd < t.length() && isHostChar(t.charAt(nameEnd))) {
                nameEnd++;
            }
            int open = skipSpaces(t, nameEnd);
            if (nameEnd > i && open < t.length() && t.charAt(open) == '[') {
                String ip = bracketed(t, open);
                if (!ip.isEmpty()) {
                    return new String[] {trimDot(t.substring(i, nameEnd)), ip};
                }
            }
        }
        // qmail "192.0.2.1 does not like recipient.", "remote host 192.0.2.1 said:", "Giving up on 192.0.2.1."
        String first = ipv4At(t, 0);
        if (!first.isEmpty() && lower.startsWith(" does not like", first.length())) {
            return new String[] {"", first};
        }
        for (String word : new String[] {"remote host ", "remote server ", "giving up on "}) {
            int at = lower.indexOf(word);
            if (at >= 0) {
                String ip = ipv4At(t, skipSpaces(t, at + word.length()));
                if (!ip.isEmpty()) {
                    return new String[] {"", ip};
                }
            }
        }
        // "mx.example.com. [192.0.2.1]" anywhere
        for (int open = t.indexOf('['); open >= 0; open = t.indexOf('[', open + 1)) {
            String ip = bracketed(t, open);
            if (ip.isEmpty() || !validIpv4(ip)) {
                continue;
            }
            int end = open;
            while (end > 0 && t.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > 0 && t.charAt(end - 1) == '.') {
                end--;
            }
            int start = end;
            while (start > 0 && isHostChar(t.charAt(start - 1))) {
                start--;
            }
            String name = t.substring(start, end);
            if (name.indexOf('.') > 0 && Character.isLetter(name.charAt(name.length() - 1))) {
                return new String[] {trimDot(name), ip};
            }
        }
        return new String[] {"", ""};
    }

    /** The sending server's address when the reply names it, or "". */
    static String sendingIp(String diagnostic) {
        String t = diagnostic.length() > MAX ? diagnostic.substring(0, MAX) : diagnostic;
        String lower = t.toLowerCase(Locale.ROOT);
        for (int i = 0; i < t.length(); i++) {
            if (!isDigit(t.charAt(i)) || i > 0 && (isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.')) {
                continue;
            }
            String ip = ipv4At(t, i);
            if (ip.isEmpty()) {
                continue;
            }
            int before = i;
            while (before > 0 && (t.charAt(before - 1) == ' ' || t.charAt(before - 1) == '[' || t.charAt(before - 1) == '(')) {
                before--;
            }
            // Gmail: "550-5.7.1 [203.0.113.5] Our system has detected ..." names the sender.
            if (before < i && t.charAt(i - 1) == '[' && before >= 5 && StatusCodes.valid(lastToken(t, before))) {
                return ip;
            }
            String head = lower.substring(Math.max(0, before - 24), before);
            for (String w : CLIENT_WORDS) {
                if (head.endsWith(w) && (head.length() == w.length() || !Character.isLetter(head.charAt(head.length() - w.length() - 1)))) {
                    return ip;
                }
            }
            i += ip.length();
        }
        return "";
    }

    private static String lastToken(String t, int end) {
        int start = end;
        while (start > 0 && t.charAt(start - 1) != ' ' && t.charAt(start - 1) != '-') {
            start--;
        }
        return t.substring(start, end);
    }

    private static int skipSpaces(String t, int i) {
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isHostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The IPv4 or IPv6 address in "[...]" starting at {@code open}, or "". */
    private static String bracketed(String t, int open) {
        int close = t.indexOf(']', open);
        if (close < 0 || close - open > 46) {
            return "";
        }
        String inside = t.substring(open + 1, close);
        if (inside.regionMatches(true, 0, "IPv6:", 0, 5)) {
            inside = inside.substring(5);
        }
        if (validIpv4(inside)) {
            return inside;
        }
        return inside.indexOf(':') >= 0 && inside.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')
                ? inside : "";
    }

    /** The dotted quad starting exactly at {@code i}, or "". */
    private static String ipv4At(String t, int i) {
        int j = i;
        int dots = 0;
        while (j < t.length() && (isDigit(t.charAt(j)) || t.charAt(j) == '.' && dots < 3 && j + 1 < t.length()
                && isDigit(t.charAt(j + 1)))) {
            if (t.charAt(j) == '.') {
                dots++;
            }
            j++;
        }
        String ip = t.substring(i, j);
        return dots == 3 && validIpv4(ip) ? ip : "";
    }

    static boolean validIpv4(String ip) {
        String[] p = ip.split("\\.");
        if (p.length != 4) {
            return false;
        }
        for (String s : p) {
            if (s.isEmpty() || s.length() > 3 || !s.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(s) > 255) {
                return false;
            }
        }
        return true;
    }

    static String trimDot(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }
}
