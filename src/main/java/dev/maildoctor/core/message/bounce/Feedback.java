package dev.maildoctor.core.message.bounce;

import dev.maildoctor.core.message.mime.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 5965 feedback reports (a mailbox provider forwarding a user's "this is spam" complaint) and
 * RFC 3834 auto-replies. Neither is a failed delivery, but both are answers to mail the user sent,
 * and both are reported with sisimai's reasons "feedback" and "vacation".
 */
final class Feedback {
    private Feedback() {
    }

    static List<Draft> complaints(String report, Headers original) {
        List<String> recipients = new ArrayList<>();
        String type = "";
        for (String[] f : DeliveryStatusFields.fields(report)) {
            if (f[0].isEmpty()) {
                continue;
            }
            if (f[0].equals("original-rcpt-to") || f[0].equals("removal-recipient")) {
                String a = Addresses.first(f[1]);
                if (!a.isEmpty() && !recipients.contains(a)) {
                    recipients.add(a);
                }
            } else if (f[0].equals("feedback-type") && type.isEmpty()) {
                type = f[1].strip().toLowerCase(Locale.ROOT);
            }
        }
        if (recipients.isEmpty()) {
            for (String to : original.all("to")) {
                for (String a : Addresses.find(to, 50)) {
                    if (!recipients.contains(a)) {
                        recipients.add(a);
                    }
                }
            }
        }
        if (recipients.isEmpty()) {
            recipients.add("");
        }
        List<Draft> out = new ArrayList<>();
        for (String r : recipients) {
            Draft d = new Draft(r);
            d.hint = Reason.FEEDBACK;
            d.feedbackType = type;
            d.spec = "FEEDBACK";
            out.add(d);
        }
        return out;
    }

    /**
     * Outlook.com's Junk Mail Reporting Program sends the reported message without an ARF part; the
     * recipient is in its X-HmXmrOriginalRecipient header, the sending address in the subject.
     */
    static List<Draft> microsoftComplaint(Headers headers, Headers original) {
        Draft d = new Draft(Addresses.first(original.text("x-hmxmroriginalrecipient")));
        d.hint = Reason.FEEDBACK;
        d.spec = "FEEDBACK";
        d.feedbackType = "abuse";
        d.diagnostic = headers.text("subject");
        return List.of(d);
    }

    /** True for an RFC 3834 automatic reply (out-of-office and the like), not from a mail system. */
    static boolean isAutoReply(Headers headers) {
        String from = headers.text("from").toLowerCase(Locale.ROOT);
        if (from.contains("mailer-daemon") || from.contains("postmaster") || from.contains("mail delivery")) {
            return false;
        }
        String auto = headers.text("auto-submitted").toLowerCase(Locale.ROOT);
        if (auto.startsWith("auto-replied")) {
            return true;
        }
        String subject = headers.text("subject").toLowerCase(Locale.ROOT);
        return subject.startsWith("auto:") || subject.startsWith("auto reply") || subject.startsWith("autoreply")
                || subject.startsWith("automatic reply") || subject.startsWith("auto-reply")
                || subject.startsWith("autoresponse") || subject.startsWith("out of office")
                || subject.contains("out of the office") || subject.startsWith("away from")
                || headers.has("x-autoreply") || headers.has("x-autorespond")
                || headers.text("precedence").equalsIgnoreCase("auto_reply");
    }

    static Draft autoReply(Headers headers) {
        Draft d = new Draft(Addresses.first(headers.text("from")));
        d.hint = Reason.VACATION;
        d.spec = "AUTOREPLY";
        return d;
    }
}
