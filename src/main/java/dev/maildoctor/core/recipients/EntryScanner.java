package dev.maildoctor.core.recipients;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Splits pasted text into entries: lines, commas, semicolons (also their full-width forms) and
 * white space separate them; '#' starts a comment; quoted display names are dropped and
 * {@code Name <a@b.c>} gives the address between the angle brackets. One pass over the text.
 */
final class EntryScanner {
    private static final Pattern SEGMENTS = Pattern.compile("[,;\u3001\uFF0C\uFF1B]");
    private static final Pattern SPACE = Pattern.compile("[\\s\u3000]+");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    private EntryScanner() {
    }

    static void scan(String text, Consumer<String> entries) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            line(text.substring(start, end), entries);
            start = end + 1;
        }
    }

    private static void line(String line, Consumer<String> entries) {
        int hash = line.indexOf('#');
        String l = hash >= 0 ? line.substring(0, hash) : line;
        if (l.indexOf('"') >= 0) {
            l = QUOTED.matcher(l).replaceAll(" ");
        }
        for (String segment : SEGMENTS.split(l)) {
            int open = segment.indexOf('<');
            int close = open < 0 ? -1 : segment.indexOf('>', open);
            if (close > open) {
                entries.accept(segment.substring(open + 1, close).strip());
                continue;
            }
            for (String word : SPACE.split(segment)) {
                if (!word.isEmpty()) {
                    entries.accept(word);
                }
            }
        }
    }
}
