package dev.maildoctor.core.message.bounce;

/**
 * What a format reader found about one recipient, before the finishing rules (status choice, reason,
 * stage, provider) turn it into a {@link FailedRecipient}. Mutable on purpose: readers fill what
 * their format shows and leave the rest empty.
 */
final class Draft {
    String recipient = "";
    String action = "";
    String status = "";
    String replyCode = "";
    String remoteHost = "";
    String remoteIp = "";
    /** The MTA that wrote the bounce (DSN Reporting-MTA), "" when unknown. */
    String reportingMta = "";
    String diagnostic = "";
    /** The Diagnostic-Code type ("SMTP", "X-UNIX", "X-Postfix"), "" when unknown. */
    String spec = "";
    SmtpStage stage = SmtpStage.UNKNOWN;
    /** A reason the format states outright (a carrier's own error code, an auto-reply), or null. */
    Reason hint;
    String feedbackType = "";
    /** Found only by the last-resort readers (an address mentioned somewhere, the returned To:). */
    boolean weak;

    Draft() {
    }

    Draft(String recipient) {
        this.recipient = recipient;
    }

    /** Fills empty fields from another draft about the same recipient. */
    void fillFrom(Draft o) {
        if (action.isEmpty()) {
            action = o.action;
        }
        if (status.isEmpty()) {
            status = o.status;
        }
        if (replyCode.isEmpty()) {
            replyCode = o.replyCode;
        }
        if (remoteHost.isEmpty()) {
            remoteHost = o.remoteHost;
        }
        if (remoteIp.isEmpty()) {
            remoteIp = o.remoteIp;
        }
        if (diagnostic.isBlank()) {
            diagnostic = o.diagnostic;
        }
        if (spec.isEmpty()) {
            spec = o.spec;
        }
        if (stage == SmtpStage.UNKNOWN) {
            stage = o.stage;
        }
        if (hint == null) {
            hint = o.hint;
        }
    }

    @Override
    public String toString() {
        return recipient + " " + action + " " + status + " " + replyCode + " " + stage + " [" + diagnostic + "]";
    }
}
