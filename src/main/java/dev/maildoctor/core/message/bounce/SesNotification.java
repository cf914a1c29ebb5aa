package dev.maildoctor.core.message.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Amazon SES event notifications forwarded by email through SNS: a JSON object with
 * "notificationType" Bounce, Complaint or Delivery instead of a bounce message.
 */
final class SesNotification {
    private SesNotification() {
    }

    static boolean present(String text) {
        return text.contains("\"notificationType\"") || text.contains("\"eventType\"")
                || text.contains("\\\"notificationType\\\"");
    }

    static List<Draft> read(String text) {
        List<Draft> out = new ArrayList<>();
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return out;
        }
        // SNS wraps long lines; the continuation lines start with a space.
        Object root = Json.parse(text.substring(start, end + 1).replace("\n ", "").replace("\n", ""));
        if (!(root instanceof Map<?, ?>)) {
            return out;
        }
        String message = Json.string(root, "Message");
        if (!message.isEmpty()) {
            return read(message);
        }
        String type = Json.string(root, "notificationType");
        if (type.isEmpty()) {
            type = Json.string(root, "eventType");
        }
        switch (type.toLowerCase(Locale.ROOT)) {
            case "bounce" -> {
                Map<String, Object> bounce = Json.object(root, "bounce");
                String mta = Json.string(bounce, "reportingMTA");
                for (Object r : Json.array(bounce, "bouncedRecipients")) {
                    Draft d = new Draft(Json.string(r, "emailAddress"));
                    d.action = Json.string(r, "action").toLowerCase(Locale.ROOT);
                    d.status = Json.string(r, "status");
                    String code = Json.string(r, "diagnosticCode");
                    int semi = code.indexOf(';');
                    d.spec = semi > 0 && semi < 12 ? code.substring(0, semi).strip().toUpperCase(Locale.ROOT) : "";
                    d.diagnostic = semi > 0 && semi < 12 ? code.substring(semi + 1).strip() : code;
                    if (d.diagnostic.isEmpty()) {
                        d.diagnostic = mta;
                    }
                    out.add(d);
                }
            }
            case "complaint" -> {
                Map<String, Object> complaint = Json.object(root, "complaint");
                for (Object r : Json.array(complaint, "complainedRecipients")) {
                    Draft d = new Draft(Json.string(r, "emailAddress"));
                    d.hint = Reason.FEEDBACK;
                    d.spec = "FEEDBACK";
                    d.feedbackType = Json.string(complaint, "complaintFeedbackType");
                    out.add(d);
                }
            }
            case "delivery" -> {
                Map<String, Object> delivery = Json.object(root, "delivery");
                for (Object r : Json.array(delivery, "recipients")) {
                    Draft d = new Draft(r instanceof String a ? a : "");
                    d.action = "delivered";
                    d.diagnostic = Json.string(delivery, "smtpResponse");
                    d.remoteIp = Json.string(delivery, "remoteMtaIp");
                    out.add(d);
                }
            }
            default -> {
            }
        }
        out.removeIf(d -> !Addresses.isAddress(d.recipient));
        return out;
    }
}
