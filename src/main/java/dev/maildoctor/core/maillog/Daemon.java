package dev.maildoctor.core.maillog;

/** The Postfix programs whose lines tell a message's story (the last part of "postfix/smtp"). */
enum Daemon {
    SMTP(true), LMTP(true), LOCAL(true), VIRTUAL(true), ERROR(true), RETRY(true), DISCARD(true), PIPE(true),
    QMGR(false), CLEANUP(false), SMTPD(false), PICKUP(false), BOUNCE(false), POSTSUPER(false),
    /** Another Postfix program (postscreen, anvil, master, ...): counted, but tells no story here. */
    OTHER(false);

    /** Delivery agents log "to=..., relay=..., status=...". */
    final boolean delivers;

    Daemon(boolean delivers) {
        this.delivers = delivers;
    }

    /**
     * The daemon named by {@code s[start, end)}, or null when the name is not a Postfix program
     * and the program does not look like one either ({@code postfixLike}).
     */
    static Daemon of(String s, int start, int end, boolean postfixLike) {
        switch (end - start) {
            case 4:
                if (s.startsWith("smtp", start)) {
                    return SMTP;
                }
                if (s.startsWith("lmtp", start)) {
                    return LMTP;
                }
                if (s.startsWith("qmgr", start)) {
                    return QMGR;
                }
                if (s.startsWith("pipe", start)) {
                    return PIPE;
                }
                break;
            case 5:
                if (s.startsWith("local", start)) {
                    return LOCAL;
                }
                if (s.startsWith("error", start)) {
                    return ERROR;
                }
                if (s.startsWith("retry", start)) {
                    return RETRY;
                }
                if (s.startsWith("smtpd", start)) {
                    return SMTPD;
                }
                break;
            case 6:
                if (s.startsWith("pickup", start)) {
                    return PICKUP;
                }
                if (s.startsWith("bounce", start)) {
                    return BOUNCE;
                }
                break;
            case 7:
                if (s.startsWith("virtual", start)) {
                    return VIRTUAL;
                }
                if (s.startsWith("cleanup", start)) {
                    return CLEANUP;
                }
                if (s.startsWith("discard", start)) {
                    return DISCARD;
                }
                break;
            case 9:
                if (s.startsWith("postsuper", start)) {
                    return POSTSUPER;
                }
                break;
            default:
                break;
        }
        return postfixLike ? OTHER : null;
    }
}
