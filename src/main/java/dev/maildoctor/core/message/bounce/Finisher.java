package dev.maildoctor.core.message.bounce;

import dev.maildoctor.core.routing.ProviderHints;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a reader's draft into a {@link FailedRecipient}: tidies the reply text, chooses the status
 * code (DSN field or reply text), reads the reply code, stage, remote host and reason.
 */
final class Finisher {
    private Finisher() {
    }

    static FailedRecipient finish(Draft d) {
        String diagnostic = Diagnostics.clean(d.diagnostic);
        String inText = StatusCodes.find(diagnostic, (char) 0);
        String reply = ReplyCodes.find(diagnostic, inText.isEmpty() ? 0 : inText.charAt(0));
        String status = StatusCodes.prefer(d.status, inText, reply);
        if (!StatusCodes.valid(status)) {
            status = "";
        }
        String replyCode = d.replyCode.isEmpty() ? reply : d.replyCode;
        if (!status.isEmpty() && !replyCode.isEmpty() && status.charAt(0) != replyCode.charAt(0)) {
            String sameClass = ReplyCodes.find(diagnostic, status.charAt(0));
            replyCode = sameClass.isEmpty() || sameClass.charAt(0) != status.charAt(0) ? "" : sameClass;
        }
        SmtpStage stage = d.stage != SmtpStage.UNKNOWN ? d.stage : SmtpCommands.find(d.diagnostic);
        String[] remote = Diagnostics.remote(d.diagnostic);
        String host = d.remoteHost.isEmpty() ? remote[0] : Diagnostics.trimDot(d.remoteHost);
        String ip = d.remoteIp.isEmpty() ? remote[1] : d.remoteIp;
        if (host.startsWith("[") || Diagnostics.validIpv4(host)) {
            ip = ip.isEmpty() ? host.replaceAll("[\\[\\]]", "") : ip;
            host = "";
        }
        String command = SmtpCommands.word(stage);
        Reason hint = d.hint != null ? d.hint : ReasonPhrases.standard().hint(diagnostic.toLowerCase(Locale.ROOT));
        Reason reason = null;
        if (hint == null || ReasonClassifier.RETRIED.contains(hint)) {
            reason = HostRules.standard().reason(host, d.reportingMta, Addresses.domain(d.recipient), status,
                    replyCode, command, diagnostic);
        }
        if (reason == null) {
            reason = ReasonClassifier.classify(new ReasonClassifier.Clues(status, replyCode, diagnostic, command,
                    d.action, d.spec, hint));
        }
        String action = d.action.isEmpty() ? defaultAction(status, replyCode, reason) : d.action;
        Optional<Integer> code = replyCode.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(replyCode));
        String sendingIp = Diagnostics.sendingIp(diagnostic);
        if (sendingIp.isEmpty() && !d.diagnostic.equals(diagnostic)) {
            sendingIp = Diagnostics.sendingIp(Diagnostics.SPACES.matcher(d.diagnostic).replaceAll(" "));
        }
        return new FailedRecipient(d.recipient, action, status, code, optional(host), optional(ip), diagnostic,
                stage, reason, ProviderHints.of(host, Addresses.domain(d.recipient)), optional(sendingIp));
    }

    private static String defaultAction(String status, String reply, Reason reason) {
        if (reason == Reason.DELIVERED) {
            return "delivered";
        }
        if (reason == Reason.FEEDBACK || reason == Reason.VACATION) {
            return "";
        }
        String c = !status.isEmpty() ? status.substring(0, 1) : reply.isEmpty() ? "" : reply.substring(0, 1);
        return c.equals("4") && reason == Reason.EXPIRED ? "delayed" : "failed";
    }

    private static Optional<String> optional(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
