package dev.maildoctor.core.kb;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An enhanced status code pattern from the YAML: exact ({@code 5.7.1}), a range of the detail part
 * ({@code 5.7.606-649}, Microsoft's banned-IP family), a subject wildcard ({@code 5.7.x}) or a class
 * ({@code 5.x.x}). More exact patterns are more specific and score higher.
 */
record StatusPattern(int statusClass, int subject, int low, int high) {
    static final int ANY = -1;

    private static final Pattern SYNTAX = Pattern.compile(
            "([245])\\.(?:(x)\\.x|(\\d{1,3})\\.(?:(x)|(\\d{1,3})(?:-(\\d{1,3}))?))");

    /** Parses a pattern; throws IllegalArgumentException with the offending text. */
    static StatusPattern parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("status '" + text + "' is not like 5.7.1, 5.7.606-649, 5.7.x or 5.x.x");
        }
        int statusClass = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new StatusPattern(statusClass, ANY, ANY, ANY);
        }
        int subject = Integer.parseInt(m.group(3));
        if (m.group(4) != null) {
            return new StatusPattern(statusClass, subject, ANY, ANY);
        }
        int low = Integer.parseInt(m.group(5));
        int high = m.group(6) == null ? low : Integer.parseInt(m.group(6));
        if (high < low) {
            throw new IllegalArgumentException("status '" + text + "' has a range that runs backwards");
        }
        return new StatusPattern(statusClass, subject, low, high);
    }

    /** 20 for exact codes and ranges, 10 for 5.7.x, 1 for a bare class. */
    int score() {
        if (subject == ANY) {
            return 1;
        }
        return low == ANY ? 10 : 20;
    }

    /**
     * @param statuses    the enhanced codes the reply carries (DSN field and reply text)
     * @param replyClass  2, 4 or 5 from the status, the reply code or the DSN action; 0 when unknown
     */
    boolean matches(List<Code> statuses, int replyClass) {
        if (subject == ANY && replyClass == statusClass) {
            return true;
        }
        for (Code code : statuses) {
            if (code.statusClass() == statusClass && (subject == ANY || code.subject() == subject
                    && (low == ANY || code.detail() >= low && code.detail() <= high))) {
                return true;
            }
        }
        return false;
    }

    /** An enhanced status code a reply carries, read once so that rules compare numbers. */
    record Code(int statusClass, int subject, int detail) {
        /** @param text a well-formed code such as 5.7.1 */
        static Code of(String text) {
            int first = text.indexOf('.');
            int second = text.indexOf('.', first + 1);
            return new Code(Integer.parseInt(text.substring(0, first)),
                    Integer.parseInt(text.substring(first + 1, second)), Integer.parseInt(text.substring(second + 1)));
        }
    }
}
