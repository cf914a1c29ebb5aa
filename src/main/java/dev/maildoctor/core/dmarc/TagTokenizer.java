package dev.maildoctor.core.dmarc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a record into tags by RFC 7489 §6.4: {@code tag *WSP "=" *WSP value} separated by
 * {@code *WSP ";" *WSP}. Names are lower-cased (ABNF literals are case-insensitive); values keep
 * their case. Parts that are not tags become syntax errors with their position, and are skipped.
 */
final class TagTokenizer {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    record Result(List<Tag> tags, List<DmarcIssue> syntaxErrors) {
    }

    private TagTokenizer() {
    }

    static Result tokenize(String record) {
        List<Tag> tags = new ArrayList<>();
        List<DmarcIssue> errors = new ArrayList<>();
        int start = 0;
        while (start <= record.length()) {
            int end = record.indexOf(';', start);
            if (end < 0) {
                end = record.length();
            }
            readPart(record, start, end, tags, errors);
            start = end + 1;
        }
        return new Result(List.copyOf(tags), List.copyOf(errors));
    }

    private static void readPart(String record, int start, int end, List<Tag> tags, List<DmarcIssue> errors) {
        int from = skipSpace(record, start, end);
        if (from == end) {
            return; // the empty part after a trailing ";" (or between ";;"), which receivers tolerate
        }
        String part = record.substring(from, end);
        int equals = part.indexOf('=');
        String name = equals < 0 ? part.strip() : part.substring(0, equals).strip();
        if (equals < 0 || !NAME.matcher(name).matches()) {
            errors.add(DmarcIssue.fail("dmarc.syntax.error", from + 1, part.strip()));
            return;
        }
        tags.add(new Tag(name.toLowerCase(Locale.ROOT), part.substring(equals + 1).strip(), from + 1));
    }

    private static int skipSpace(String s, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
