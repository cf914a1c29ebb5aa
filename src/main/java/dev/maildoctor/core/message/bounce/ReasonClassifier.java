package dev.maildoctor.core.message.bounce;

import java.util.Locale;

/**
 * Decides the sisimai reason of a failure from its enhanced status, reply code and diagnostic text
 * (the text wins where it is specific: "blocked using zen.spamhaus.org" is a blocklist rejection
 * whatever its code). Shared by the bounce decoder and the mail-log analysis.
 */
public final class ReasonClassifier {
    private ReasonClassifier() {
    }

    /**
     * @param status     enhanced status such as "5.7.1", or empty
     * @param replyCode  basic reply code such as 550, or null
     * @param diagnostic the remote reply text, or empty
     */
    public static Reason classify(String status, Integer replyCode, String diagnostic) {
        String text = diagnostic == null ? "" : diagnostic.toLowerCase(Locale.ROOT);
        if (text.contains("reputation") || text.contains("s3150") || text.contains("tss04")
                || text.matches("(?s).*5\\.7\\.6(0[6-9]|[1-4]\\d).*")) {
            return Reason.BADREPUTATION;
        }
        if (text.contains("blocked using") || text.contains("blocklist") || text.contains("blacklist")
                || text.contains("spamhaus") || text.contains("listed")) {
            return Reason.BLOCKED;
        }
        if (text.contains("ptr") || text.contains("reverse dns") || text.contains("5.7.25")) {
            return Reason.REQUIREPTR;
        }
        if (text.contains("5.7.26") || text.contains("unauthenticated") || text.contains("dmarc")
                || text.contains("5.7.27") || text.contains("spf")) {
            return Reason.AUTHFAILURE;
        }
        String s = status == null ? "" : status;
        if (s.equals("5.1.1") || s.equals("5.1.0") || text.contains("user unknown")
                || text.contains("does not exist") || text.contains("no such user")) {
            return Reason.USERUNKNOWN;
        }
        if (s.equals("5.2.2") || s.equals("4.2.2") || text.contains("mailbox full") || text.contains("over quota")) {
            return Reason.MAILBOXFULL;
        }
        if (s.equals("5.4.4") || text.contains("host not found") || text.contains("domain not found")) {
            return Reason.HOSTUNKNOWN;
        }
        if (s.equals("4.7.28") || text.contains("rate limit") || text.contains("too many")) {
            return Reason.SPEEDING;
        }
        if (s.equals("5.3.4") || s.equals("5.2.3") || text.contains("too large") || text.contains("too big")) {
            return Reason.MESGTOOBIG;
        }
        if (s.startsWith("5.7") || (replyCode != null && replyCode == 554)) {
            return Reason.BLOCKED;
        }
        return Reason.UNDEFINED;
    }
}
