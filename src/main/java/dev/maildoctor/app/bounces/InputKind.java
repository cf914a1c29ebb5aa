package dev.maildoctor.app.bounces;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a dropped file or pasted text is, judged from its name and its first bytes: a message (a
 * bounce, an .eml, an mbox), a mail log, or something that is neither (empty, or not text).
 */
enum InputKind {
    MESSAGE, LOG, EMPTY, BINARY;

    /** How much of a file is read to decide. */
    static final int HEAD_BYTES = 64 * 1024;

    private static final Pattern LOG_NAME = Pattern.compile(
            "(?:mail|maillog|mail\\.log|mail\\.info|mail\\.warn|mail\\.err|syslog|messages|postfix|.*\\.log)"
                    + "(?:[.-]\\d+)*(?:\\.gz)?");
    /**
     * A syslog line: "May 29 14:02:11 host postfix/smtp[123]: ..." or with an RFC 3339 time. A
     * message never starts like this, so the first line decides.
     */
    private static final Pattern LOG_LINE = Pattern.compile(
            "^(?:[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d\\S*) "
                    + "\\S+ [\\w/.-]+(?:\\[\\d+\\])?: .*");

    /**
     * @param name file name (or null for pasted text)
     * @param head the first bytes (at most {@link #HEAD_BYTES})
     */
    static InputKind of(String name, byte[] head) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            return LOG; // compressed rotated logs; the analyzer reads them
        }
        if (head.length == 0 || new String(head, StandardCharsets.ISO_8859_1).isBlank()) {
            return EMPTY;
        }
        if (!looksLikeText(head)) {
            return BINARY;
        }
        if (firstLineIsLog(head)) {
            return LOG;
        }
        if (!lower.isEmpty() && LOG_NAME.matcher(lower).matches() && !lower.endsWith(".eml")) {
            return LOG;
        }
        return MESSAGE;
    }

    /** Text has no NUL bytes and few control characters (UTF-8 and ISO-2022-JP both pass). */
    static boolean looksLikeText(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        return control * 100 < head.length * 2;
    }

    private static boolean firstLineIsLog(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        for (String line : text.split("\r?\n", 20)) {
            if (!line.isBlank()) {
                return LOG_LINE.matcher(line.strip()).matches();
            }
        }
        return false;
    }
}
