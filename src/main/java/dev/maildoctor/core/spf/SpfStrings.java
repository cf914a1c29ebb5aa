package dev.maildoctor.core.spf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TXT record's text as DNS carries it: character-strings of at most 255 octets, which receivers
 * join without adding anything (RFC 7208 section 3.3), and the zone-file line that publishes them.
 */
public final class SpfStrings {
    public static final int MAX_STRING = 255;

    private SpfStrings() {
    }

    /**
     * Splits {@code record} into strings of at most 255 octets whose concatenation is exactly the
     * record. Splits after a space between terms where possible (the string then ends with the
     * space), inside a term only when one term alone is too long.
     */
    public static List<String> split(String record) {
        List<String> strings = new ArrayList<>();
        int start = 0;
        while (start < record.length() || strings.isEmpty()) {
            int end = fit(record, start);
            if (end < record.length()) {
                int space = record.lastIndexOf(' ', end - 1);
                if (space > start) {
                    end = space + 1;
                }
            }
            strings.add(record.substring(start, end));
            start = end;
        }
        return strings;
    }

    /** {@code example.com. 3600 IN TXT "v=spf1 ..." "..."}, quotes and backslashes escaped. */
    public static String bindLine(String domain, int ttl, List<String> strings) {
        StringBuilder sb = new StringBuilder(domain.endsWith(".") ? domain : domain + ".")
                .append(' ').append(ttl).append(" IN TXT");
        for (String s : strings) {
            sb.append(" \"").append(escape(s)).append('"');
        }
        return sb.toString();
    }

    /** Zone-file escaping: {@code \"} and {@code \\}; other bytes outside printable ASCII as {@code \DDD}. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '"' || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\%03d", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** The largest end such that text[start, end) fits in 255 octets, never splitting a character. */
    private static int fit(String text, int start) {
        int octets = 0;
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_STRING) {
                break;
            }
            octets += size;
            i += Character.charCount(cp);
        }
        return i;
    }
}
