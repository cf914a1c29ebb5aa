package dev.maildoctor.core.message.bounce;

import java.util.Locale;

/** Recognises which mail system wrote a bounce, and whether a message is a bounce at all. */
final class Formats {
    private Formats() {
    }

    private static final String[][] SIGNATURES = {
        {"this is the mail system at host", "postfix"},
        {"this message was created automatically by mail delivery software", "exim"},
        {"this is the qmail-send program", "qmail"},
        {"----- transcript of session follows -----", "sendmail"},
        {"delivery to the following recipient", "gmail"},
        {"delivery has failed to these recipients", "exchange"},
        {"your message did not reach some or all of the intended recipients", "exchange"},
        {"sorry, we were unable to deliver your message to the following address", "yahoo"},
        {"amazonses.com", "amazonses"},
        {"this is the mail delivery agent at messagelabs.com", "messagelabs"},
        {"i'm afraid i wasn't able to deliver the following message", "opensmtpd"},
        {"the following addresses had permanent fatal errors", "sendmail"},
        {"(in reply to ", "postfix"},
    };

    private static final String[] BOUNCE_PHRASES = {
        "could not be delivered", "undeliverable", "undelivered", "delivery failed", "delivery has failed",
        "permanent error", "permanent failure", "failure notice", "returned mail", "remote host said",
        " said: ", "user unknown", "address(es) failed", "following address", "following recipient",
        "delivery status notification", "mail delivery", "was not delivered", "wasn't able to deliver",
        "unable to deliver", "could not deliver", "rejected", "unknown user", "no such user", "mailbox",
        "not be delivered", "non-delivery", "nondeliverable", "temporary failure", "delivery problem",
        "\u914d\u4fe1", "\u5c4a\u304d\u307e\u305b\u3093", "\u9001\u4fe1\u3067\u304d\u307e\u305b\u3093",
        "\u5b9b\u5148",
    };

    static String detect(BounceMessage m) {
        String text = m.text.toLowerCase(Locale.ROOT);
        String from = m.headers.text("from").toLowerCase(Locale.ROOT);
        for (String[] s : SIGNATURES) {
            if (text.contains(s[0]) || from.contains(s[0])) {
                return s[1];
            }
        }
        if (!m.deliveryStatus.isEmpty()) {
            return "rfc3464";
        }
        return m.pasted ? "text" : "unknown";
    }

    /** A delivery report, by its parts, sender, subject or wording. */
    static boolean looksLikeBounce(BounceMessage m) {
        if (!m.deliveryStatus.isEmpty() || !m.feedback.isBlank()) {
            return true;
        }
        String from = m.headers.text("from").toLowerCase(Locale.ROOT);
        String subject = m.headers.text("subject").toLowerCase(Locale.ROOT);
        String returnPath = m.headers.text("return-path").strip();
        if (from.contains("mailer-daemon") || from.contains("postmaster") || from.contains("mail delivery")
                || returnPath.equals("<>") || m.headers.has("x-failed-recipients")) {
            return true;
        }
        if (subject.contains("undeliver") || subject.contains("returned mail") || subject.contains("failure notice")
                || subject.contains("delivery status") || subject.contains("delivery fail")
                || subject.contains("mail delivery") || subject.contains("not delivered")) {
            return true;
        }
        String text = m.text.length() > 20_000 ? m.text.substring(0, 20_000) : m.text;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String p : BOUNCE_PHRASES) {
            if (lower.contains(p)) {
                return true;
            }
        }
        return !StatusCodes.find(text, '5').isEmpty() || !StatusCodes.find(text, '4').isEmpty();
    }
}
