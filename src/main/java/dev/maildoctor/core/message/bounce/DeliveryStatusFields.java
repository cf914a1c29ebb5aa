package dev.maildoctor.core.message.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 3464 delivery-status fields: the per-message block, then one block per recipient. Reads them
 * from a message/delivery-status part or from plain text that carries the same fields (old MTAs
 * and pasted reports), tolerating missing blank lines and folded Diagnostic-Code values.
 */
final class DeliveryStatusFields {
    private DeliveryStatusFields() {
    }

    /** Per-recipient drafts; the per-message Reporting-MTA is not needed for the report. */
    static List<Draft> read(String text) {
        List<Draft> out = new ArrayList<>();
        Draft current = null;
        boolean hasFinal = false;
        boolean hasBody = false;
        boolean bodyAfterRecipient = false;
        boolean blankBefore = false;
        String reportingMta = "";
        for (String[] f : fields(text)) {
            String name = f[0];
            String value = f[1];
            if (name.equals("reporting-mta") && reportingMta.isEmpty()) {
                reportingMta = afterType(value);
            }
            if (name.equals("")) {
                blankBefore = true;
                continue;
            }
            boolean recipientField = name.equals("final-recipient") || name.equals("original-recipient")
                    || name.equals("x-actual-recipient");
            boolean bodyField = name.equals("action") || name.equals("status") || name.equals("remote-mta")
                    || name.equals("diagnostic-code");
            if (!recipientField && !bodyField) {
                continue;
            }
            boolean isFinal = name.equals("final-recipient");
            boolean groupUsed = current != null && (hasBody || !current.recipient.isEmpty());
            boolean newGroup = current == null || blankBefore && groupUsed
                    || recipientField && (isFinal && hasFinal || bodyAfterRecipient);
            blankBefore = false;
            if (newGroup) {
                current = new Draft();
                out.add(current);
                hasFinal = false;
                hasBody = false;
                bodyAfterRecipient = false;
            }
            if (recipientField) {
                String address = Addresses.fromField(value);
                if (value.contains("|/") || value.strip().startsWith("|")) {
                    current.hint = Reason.MAILERERROR; // delivery to a program: the program failed
                }
                if (isFinal && !address.isEmpty()) {
                    // A source route ("@relay:user@host") or a bare host name: the original address says more.
                    boolean routed = value.contains(":" + address) || !Addresses.domain(address).contains(".");
                    if (!(routed && !current.recipient.isEmpty())) {
                        current.recipient = address;
                    }
                    hasFinal = true;
                } else if (current.recipient.isEmpty() || !Addresses.domain(current.recipient).contains(".")) {
                    current.recipient = address;
                }
                continue;
            }
            hasBody = true;
            bodyAfterRecipient |= !current.recipient.isEmpty();
            switch (name) {
                case "action" -> current.action = firstWord(value.strip().toLowerCase(Locale.ROOT));
                case "status" -> current.status = statusOf(value);
                case "remote-mta" -> {
                    current.remoteHost = afterType(value);
                    int open = value.indexOf('[');
                    int close = value.indexOf(']', open + 1);
                    if (open >= 0 && close > open) {
                        String ip = value.substring(open + 1, close).strip();
                        current.remoteIp = Diagnostics.validIpv4(ip) || ip.indexOf(':') > 0 ? ip : "";
                    }
                }
                default -> {
                    int semi = value.indexOf(';');
                    current.spec = semi > 0 && semi < 12 ? value.substring(0, semi).strip().toUpperCase(Locale.ROOT) : "";
                    current.diagnostic = (semi > 0 && semi < 12 ? value.substring(semi + 1) : value).strip();
                }
            }
        }
        out.removeIf(d -> d.recipient.isEmpty() && d.status.isEmpty() && d.diagnostic.isEmpty());
        for (Draft d : out) {
            d.reportingMta = reportingMta;
        }
        return out;
    }

    private static String firstWord(String v) {
        int end = 0;
        while (end < v.length() && !Character.isWhitespace(v.charAt(end)) && v.charAt(end) != '(') {
            end++;
        }
        return v.substring(0, end);
    }

    private static String statusOf(String value) {
        String v = value.strip();
        int end = 0;
        while (end < v.length() && (Character.isDigit(v.charAt(end)) || v.charAt(end) == '.')) {
            end++;
        }
        String code = v.substring(0, end);
        return StatusCodes.valid(code) ? code : StatusCodes.find(v, (char) 0);
    }

    private static String afterType(String value) {
        int semi = value.indexOf(';');
        String v = (semi >= 0 ? value.substring(semi + 1) : value).strip();
        int space = v.indexOf(' ');
        return space > 0 ? v.substring(0, space) : v;
    }

    private static boolean isFieldName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Name: value" fields with folded lines joined; a blank line is marked by an empty name (it
     * separates per-recipient groups); anything else is skipped.
     */
    static List<String[]> fields(String text) {
        List<String[]> out = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        String[] last = null;
        while (pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(pos, end);
            pos = end + 1;
            if (line.isBlank()) {
                if (last != null) {
                    out.add(new String[] {"", ""});
                }
                last = null;
                continue;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                last[1] = last[1] + " " + line.strip();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && colon < 40 && isFieldName(line.substring(0, colon).strip())) {
                last = new String[] {line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip()};
                out.add(last);
            } else {
                last = null;
            }
        }
        return out;
    }
}
