package dev.maildoctor.core.message.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A header block: unfolded fields in their original order. Values keep their raw bytes (one char per
 * byte) until {@link #text(String)} decodes RFC 2047 words, because most fields we read are ASCII.
 */
public final class Headers {
    /** No more fields than this are kept per block: a "header" of a million lines is junk, not mail. */
    static final int MAX_FIELDS = 2_000;

    private final List<String[]> fields;

    private Headers(List<String[]> fields) {
        this.fields = fields;
    }

    public static Headers empty() {
        return new Headers(List.of());
    }

    /**
     * Reads the lines of a header block (without the blank line that ends it).
     *
     * @param block header text with LF line ends
     */
    public static Headers parse(String block) {
        List<String[]> out = new ArrayList<>();
        int pos = 0;
        int n = block.length();
        while (pos < n && out.size() < MAX_FIELDS) {
            int end = block.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            String line = block.substring(pos, end);
            pos = end + 1;
            // Folded lines start with white space; a line that is no field at all is a fold someone
            // forgot to indent (seen in the wild: "Content-Type: multipart/...;" then "boundary=...").
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t' || !isFieldLine(line))) {
                if (!out.isEmpty()) {
                    String[] last = out.get(out.size() - 1);
                    last[1] = last[1] + " " + line.strip();
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.add(new String[] {line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip()});
            }
        }
        return new Headers(out);
    }

    /** True when {@code line} looks like the first line of a header field ("Name: value"). */
    public static boolean isFieldLine(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 76) {
            return false;
        }
        // RFC 5322 allows any printable name; real ones are tokens, and "<user@example.com>: ..."
        // (a pasted Postfix bounce) must not read as a header.
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The raw value of the first field with this (case-insensitive) name. */
    public Optional<String> first(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (String[] f : fields) {
            if (f[0].equals(key)) {
                return Optional.of(f[1]);
            }
        }
        return Optional.empty();
    }

    /** Raw values of every field with this name, in order. */
    public List<String> all(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String[] f : fields) {
            if (f[0].equals(key)) {
                out.add(f[1]);
            }
        }
        return out;
    }

    /** The first value with encoded words and 8-bit text decoded, or "". */
    public String text(String name) {
        return first(name).map(EncodedWords::decode).orElse("");
    }

    public boolean has(String name) {
        return first(name).isPresent();
    }
}
