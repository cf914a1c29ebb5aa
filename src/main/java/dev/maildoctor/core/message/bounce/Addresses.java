package dev.maildoctor.core.message.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds email addresses in bounce text. A scanner rather than a regex: it runs over whatever users
 * paste, so it must stay linear. Local parts may be UTF-8 (SMTPUTF8, or the "○○○○" a blog
 * uses to hide a name); domains must look like host names.
 */
final class Addresses {
    private static final int MAX_LOCAL = 128;
    private static final int MAX_DOMAIN = 255;

    private Addresses() {
    }

    /** The address in a DSN field value such as "rfc822; user@example.com" or "<user@example.com>". */
    static String fromField(String value) {
        String v = value.strip();
        int semi = v.indexOf(';');
        if (semi >= 0 && semi < 12) {
            v = v.substring(semi + 1).strip();
        }
        String found = first(v);
        return found.isEmpty() ? "" : found;
    }

    /** The first address in {@code text}, lower-cased domain, or "". */
    static String first(String text) {
        List<String> all = find(text, 1);
        return all.isEmpty() ? "" : all.get(0);
    }

    /** Up to {@code limit} addresses, in order of appearance. */
    static List<String> find(String text, int limit) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (out.size() < limit) {
            int at = text.indexOf('@', from);
            if (at < 0) {
                break;
            }
            int start = at;
            if (at > 1 && text.charAt(at - 1) == '"') {
                int open = text.lastIndexOf('"', at - 2);
                if (open >= 0 && at - open < MAX_LOCAL && text.substring(open + 1, at - 1).indexOf('\n') < 0
                        && text.substring(open + 1, at - 1).indexOf('@') < 0) {
                    start = open; // a quoted local part: "john..doe"@example.com
                }
            }
            while (start > 0 && at - start < MAX_LOCAL && text.charAt(start) != '"' && isLocal(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < text.length() && end - at < MAX_DOMAIN && isDomain(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            while (start < at && text.charAt(start) != '"' && (text.charAt(start) == '.' || text.charAt(start) == '\'')) {
                start++;
            }
            if (start < at && end > at + 1 && validDomain(text.substring(at + 1, end))) {
                out.add(text.substring(start, at + 1) + text.substring(at + 1, end).toLowerCase(Locale.ROOT));
            }
            from = Math.max(end, at + 1);
        }
        return out;
    }

    static boolean isAddress(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        List<String> found = find(s, 1);
        return !found.isEmpty() && found.get(0).length() == s.length();
    }

    static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1);
    }

    private static boolean isLocal(char c) {
        if (c <= ' ' || c == 0x7F) {
            return false;
        }
        return switch (c) {
            case '<', '>', '(', ')', '[', ']', '@', ',', ';', ':', '"', '\\', '/', '|', '`', '\u3000', '\u3001',
                    '\u3002', '\uff1a', '\u300c', '\u300d', '\uff08', '\uff09' -> false;
            default -> c < 0x80 || Character.isLetterOrDigit(c) || Character.getType(c) == Character.MATH_SYMBOL
                    || Character.getType(c) == Character.OTHER_SYMBOL;
        };
    }

    private static boolean isDomain(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                || c == '_' || c >= 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean validDomain(String d) {
        if (d.isEmpty() || d.startsWith(".") || d.contains("..")) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < d.length(); i++) {
            if (Character.isLetter(d.charAt(i))) {
                letter = true;
                break;
            }
        }
        return letter || d.chars().filter(ch -> ch == '.').count() == 3;
    }
}
