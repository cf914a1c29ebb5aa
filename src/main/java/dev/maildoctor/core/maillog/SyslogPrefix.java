package dev.maildoctor.core.maillog;

/**
 * Splits the syslog part off a line: time stamp, host, program and pid. Accepts classic syslog
 * ("Nov 28 06:42:15 host postfix/smtp[123]: ...") and ISO-8601 as written by rsyslog's high
 * precision format or {@code journalctl -o short-iso} ("2026-11-28T06:42:15.123456+09:00 host
 * postfix/smtp[123]: ..."). Programs are Postfix's when their name has a slash and either names a
 * Postfix daemon last ("postfix-out/smtp", "postfix/submission/smtpd") or mentions postfix.
 * A mutable cursor, reused for every line, so the hot path allocates nothing.
 */
final class SyslogPrefix {
    private final LogClock clock;

    /** Local seconds (see {@link LogClock}); valid after {@link #parse} returned true. */
    long time;
    Daemon daemon;
    /** Index of the message, after "program[pid]: ". */
    int messageStart;

    SyslogPrefix(LogClock clock) {
        this.clock = clock;
    }

    /** False when the line is not a Postfix line with a readable time stamp. */
    boolean parse(String line) {
        if (line.length() < 24) {
            return false;
        }
        char first = line.charAt(0);
        int p = first >= '0' && first <= '9' ? iso(line) : classic(line);
        return p >= 0 && program(line, p);
    }

    /** "Nov 28 06:42:15 " or "Jan  6 08:39:06 " or "Jan 6 08:39:06 "; returns the host's index. */
    private int classic(String s) {
        int month = month(s.charAt(0), s.charAt(1), s.charAt(2));
        if (month == 0 || s.charAt(3) != ' ') {
            return -1;
        }
        int i = 4;
        if (s.charAt(i) == ' ') {
            i++;
        }
        int day = digit(s, i);
        if (day < 0) {
            return -1;
        }
        i++;
        int d2 = digit(s, i);
        if (d2 >= 0) {
            day = day * 10 + d2;
            i++;
        }
        if (s.charAt(i) != ' ') {
            return -1;
        }
        int h = twoDigits(s, i + 1);
        int m = twoDigits(s, i + 4);
        int sec = twoDigits(s, i + 7);
        if (h < 0 || m < 0 || sec < 0 || s.charAt(i + 3) != ':' || s.charAt(i + 6) != ':') {
            return -1;
        }
        time = clock.classic(month, day, h, m, sec);
        return time == LogClock.NO_TIME ? -1 : afterStamp(s, i + 9);
    }

    /** "2026-11-28T06:42:15" and any fraction or offset up to the next space. */
    private int iso(String s) {
        int y = twoDigits(s, 0);
        int y2 = twoDigits(s, 2);
        int mo = twoDigits(s, 5);
        int d = twoDigits(s, 8);
        int h = twoDigits(s, 11);
        int mi = twoDigits(s, 14);
        int sec = twoDigits(s, 17);
        if (y < 0 || y2 < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || mi < 0 || sec < 0 || s.charAt(4) != '-'
                || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return -1;
        }
        time = clock.of(y * 100 + y2, mo, d, h, mi, sec);
        return time == LogClock.NO_TIME ? -1 : afterStamp(s, 19);
    }

    /** Skips a fraction or zone after the seconds, then the space; returns the host's index. */
    private static int afterStamp(String s, int i) {
        int space = s.indexOf(' ', i);
        if (space < 0 || space - i > 16) {
            return -1;
        }
        return space + 1;
    }

    /** "host program[pid]: " from {@code hostStart}. */
    private boolean program(String s, int hostStart) {
        int hostEnd = s.indexOf(' ', hostStart);
        if (hostEnd <= hostStart) {
            return false;
        }
        int n = s.length();
        int i = hostEnd + 1;
        int slash = -1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '[' || c == ':') {
                break;
            }
            if (c == '/') {
                slash = i;
            } else if (c == ' ') {
                return false;
            }
            i++;
        }
        if (slash < 0 || i >= n) {
            return false;
        }
        int programEnd = i;
        if (s.charAt(i) == '[') {
            i = s.indexOf(']', i);
            if (i < 0) {
                return false;
            }
            i++;
        }
        if (i + 1 >= n || s.charAt(i) != ':' || s.charAt(i + 1) != ' ') {
            return false;
        }
        boolean postfixLike = s.regionMatches(true, hostEnd + 1, "postfix", 0, 7);
        daemon = Daemon.of(s, slash + 1, programEnd, postfixLike);
        messageStart = i + 2;
        return daemon != null;
    }

    private static int month(char a, char b, char c) {
        switch (a) {
            case 'J':
                return b == 'a' && c == 'n' ? 1 : b == 'u' ? (c == 'n' ? 6 : c == 'l' ? 7 : 0) : 0;
            case 'F':
                return b == 'e' && c == 'b' ? 2 : 0;
            case 'M':
                return b == 'a' ? (c == 'r' ? 3 : c == 'y' ? 5 : 0) : 0;
            case 'A':
                return b == 'p' && c == 'r' ? 4 : b == 'u' && c == 'g' ? 8 : 0;
            case 'S':
                return b == 'e' && c == 'p' ? 9 : 0;
            case 'O':
                return b == 'c' && c == 't' ? 10 : 0;
            case 'N':
                return b == 'o' && c == 'v' ? 11 : 0;
            case 'D':
                return b == 'e' && c == 'c' ? 12 : 0;
            default:
                return 0;
        }
    }

    private static int digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    private static int twoDigits(String s, int i) {
        int a = digit(s, i);
        int b = digit(s, i + 1);
        return a < 0 || b < 0 ? -1 : a * 10 + b;
    }
}
