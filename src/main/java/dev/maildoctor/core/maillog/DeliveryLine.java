package dev.maildoctor.core.maillog;

/**
 * A delivery agent's "to=&lt;a@b&gt;, [orig_to=..., ]relay=host[ip]:port, ..., dsn=x.y.z,
 * status=word (response)", located by index only. Strings are cut on demand, so a "sent" line
 * costs two or three small substrings. A mutable cursor, reused for every line.
 */
final class DeliveryLine {
    private String line;
    private int rcptStart;
    private int rcptEnd;
    private int relayStart;
    private int relayHostEnd;
    private int dsnStart;
    private int dsnEnd;
    private int responseStart;
    private int responseEnd;
    DeliveryStatus status;

    /**
     * @param at index of "to=" in {@code s}
     * @return false when this is not a delivery line, or its status is not one a summary counts
     *         (address verification probes, "undeliverable", a cut-off line)
     */
    boolean parse(String s, int at) {
        if (!s.startsWith("to=", at)) {
            return false;
        }
        line = s;
        int after;
        if (at + 3 < s.length() && s.charAt(at + 3) == '<') {
            rcptStart = at + 4;
            rcptEnd = s.indexOf('>', rcptStart);
            if (rcptEnd < 0) {
                return false;
            }
            after = rcptEnd + 1;
        } else {
            rcptStart = at + 3;
            rcptEnd = s.indexOf(',', rcptStart);
            if (rcptEnd < 0) {
                return false;
            }
            after = rcptEnd;
        }
        int relay = s.indexOf(" relay=", after);
        if (relay < 0) {
            return false;
        }
        relayStart = relay + 7;
        int relayEnd = s.indexOf(',', relayStart);
        if (relayEnd < 0) {
            return false;
        }
        int bracket = s.indexOf('[', relayStart);
        relayHostEnd = bracket >= 0 && bracket < relayEnd ? bracket : relayEnd;
        int dsn = s.indexOf(" dsn=", relayEnd);
        int from = dsn < 0 ? relayEnd : dsn;
        dsnStart = dsn < 0 ? 0 : dsn + 5;
        dsnEnd = dsn < 0 ? 0 : s.indexOf(',', dsnStart);
        if (dsnEnd < 0) {
            return false;
        }
        int statusAt = s.indexOf(" status=", from);
        if (statusAt < 0) {
            return false;
        }
        int w = statusAt + 8;
        status = status(s, w);
        if (status == null) {
            return false;
        }
        int open = s.indexOf('(', w);
        if (open < 0) {
            responseStart = responseEnd = s.length();
        } else {
            responseStart = open + 1;
            int close = s.lastIndexOf(')');
            responseEnd = close > open ? close : s.length();
        }
        return true;
    }

    private static DeliveryStatus status(String s, int w) {
        if (s.startsWith("sent", w) && isWordEnd(s, w + 4)) {
            return DeliveryStatus.SENT;
        }
        if (s.startsWith("deferred", w) && isWordEnd(s, w + 8)) {
            return DeliveryStatus.DEFERRED;
        }
        if (s.startsWith("bounced", w) && isWordEnd(s, w + 7)) {
            return DeliveryStatus.BOUNCED;
        }
        return null;
    }

    private static boolean isWordEnd(String s, int i) {
        return i == s.length() || s.charAt(i) == ' ';
    }

    String recipient() {
        return line.substring(rcptStart, rcptEnd);
    }

    /** The recipient's domain in lower case, or null when the address has none. */
    String domain() {
        int at = line.lastIndexOf('@', rcptEnd - 1);
        if (at < rcptStart || at + 1 >= rcptEnd) {
            return null;
        }
        int end = line.charAt(rcptEnd - 1) == '.' ? rcptEnd - 1 : rcptEnd;
        return at + 1 >= end ? null : line.substring(at + 1, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** A hash of the recipient address, to tell recipients of one message apart without keeping them. */
    long recipientHash() {
        long h = 1125899906842597L;
        for (int i = rcptStart; i < rcptEnd; i++) {
            h = 31 * h + Character.toLowerCase(line.charAt(i));
        }
        return h;
    }

    /** The relay's host name ("gmail-smtp-in.l.google.com"), or "none", "local", a transport name. */
    String relayHost() {
        return line.substring(relayStart, relayHostEnd);
    }

    /** The enhanced status ("5.7.1"), or "" when the line has no dsn=. */
    String dsn() {
        return line.substring(dsnStart, dsnEnd);
    }

    /** The text in parentheses after the status, at most {@link ResponseText#MAX_RAW} characters. */
    String response() {
        return line.substring(responseStart, Math.min(responseEnd, responseStart + ResponseText.MAX_RAW));
    }
}
