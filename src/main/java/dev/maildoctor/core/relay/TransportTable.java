package dev.maildoctor.core.relay;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Postfix lookup-table source file ({@code transport}) as postmap(1) does: blank lines and
 * lines whose first non-blank character is '#' are ignored, a line starting with whitespace
 * continues the previous logical line, and a logical line is {@code key whitespace value}.
 */
final class TransportTable {
    /**
     * @param lineNumber the first physical line of the entry (1-based)
     * @param line       the logical line as written (continuations joined with one space)
     * @param key        lower-case ASCII key: {@code example.com}, {@code .example.com}, {@code *} or {@code user@example.com}
     * @param value      the value as written, e.g. {@code smtp:[relay.example.net]:587}
     */
    record Entry(int lineNumber, String line, String key, String value) {
        /** The domain the key is about: without a leading dot, the domain part of an address key. */
        String domain() {
            if (key.startsWith(".")) {
                return key.substring(1);
            }
            int at = key.lastIndexOf('@');
            return at >= 0 ? key.substring(at + 1) : key;
        }
    }

    record Parsed(List<Entry> entries, List<String> unreadable) {
    }

    private TransportTable() {
    }

    static Parsed parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        StringBuilder logical = null;
        int start = 0;
        String[] lines = (text == null ? "" : text).split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String stripped = raw.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(raw.charAt(0))) {
                if (logical == null) {
                    unreadable.add(stripped); // postmap: a logical line must not start with whitespace
                } else {
                    logical.append(' ').append(stripped);
                }
                continue;
            }
            if (logical != null) {
                read(start, logical.toString(), entries, unreadable);
            }
            logical = new StringBuilder(stripped);
            start = i + 1;
        }
        if (logical != null) {
            read(start, logical.toString(), entries, unreadable);
        }
        return new Parsed(entries, unreadable);
    }

    private static void read(int lineNumber, String line, List<Entry> entries, List<String> unreadable) {
        String[] parts = line.split("\\s+", 2);
        String key = parts.length == 2 ? key(parts[0]) : null;
        // A transport value is one word (transport:nexthop); more words are a typo Postfix would keep.
        if (key == null || parts[1].split("\\s+").length != 1) {
            unreadable.add(line);
            return;
        }
        entries.add(new Entry(lineNumber, line, key, parts[1]));
    }

    /** Lower-case ASCII form of a key; null when it is not a name Postfix could match. */
    static String key(String text) {
        if (text.equals("*")) {
            return text;
        }
        int at = text.lastIndexOf('@');
        String local = at >= 0 ? text.substring(0, at + 1).toLowerCase(Locale.ROOT) : "";
        String name = at >= 0 ? text.substring(at + 1) : text;
        boolean dot = name.startsWith(".");
        if (dot) {
            name = name.substring(1);
        }
        if (name.isEmpty() || (at >= 0 && dot)) {
            return null;
        }
        try {
            String ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (ascii.endsWith(".")) {
                ascii = ascii.substring(0, ascii.length() - 1);
            }
            return ascii.isEmpty() ? null : local + (dot ? "." : "") + ascii;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
