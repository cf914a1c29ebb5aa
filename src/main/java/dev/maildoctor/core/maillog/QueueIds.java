package dev.maildoctor.core.maillog;

/**
 * Recognises the queue id that starts most Postfix messages ("3mPVKl0Mhjz7sXv: ..." or
 * "7EE668039: ..."): short ids are upper-case hex, long ids mix digits and letters; words such as
 * "warning:", "statistics:" or "NOQUEUE:" are not ids.
 */
final class QueueIds {
    private static final int MIN = 5;
    private static final int MAX = 24;

    private QueueIds() {
    }

    /** Index of the colon that ends the queue id starting at {@code start}, or -1. */
    static int end(String s, int start) {
        int n = Math.min(s.length(), start + MAX + 1);
        boolean digit = false;
        boolean hexLetters = true;
        for (int i = start; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c >= 'A' && c <= 'F') {
                continue;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                hexLetters = false;
            } else if (c == ':') {
                int length = i - start;
                boolean followed = i + 1 < s.length() && s.charAt(i + 1) == ' ' || i + 1 == s.length();
                return length >= MIN && (digit || hexLetters) && followed ? i : -1;
            } else {
                return -1;
            }
        }
        return -1;
    }
}
