package dev.maildoctor.core.message.bounce;

import dev.maildoctor.core.routing.Provider;
import java.util.Optional;

/**
 * One recipient a bounce reports on.
 *
 * @param action      RFC 3464 action: failed, delayed, delivered, relayed, expanded (lower case)
 * @param status      enhanced status code such as 5.7.1 (empty when the bounce gives none)
 * @param diagnostic  the remote server's full reply, continuation lines joined
 * @param provider    the recipient's mailbox provider when the bounce reveals it
 * @param sendingIp   the sending server's address when this recipient's reply names it
 *                    (Gmail's "550-5.7.1 [192.0.2.1] ...", "Client host [192.0.2.1] blocked")
 */
public record FailedRecipient(
        String recipient,
        String action,
        String status,
        Optional<Integer> replyCode,
        Optional<String> remoteHost,
        Optional<String> remoteIp,
        String diagnostic,
        SmtpStage stage,
        Reason reason,
        Provider provider,
        Optional<String> sendingIp) {

    /** Without a sending address (the reply does not name one). */
    public FailedRecipient(String recipient, String action, String status, Optional<Integer> replyCode,
            Optional<String> remoteHost, Optional<String> remoteIp, String diagnostic, SmtpStage stage, Reason reason,
            Provider provider) {
        this(recipient, action, status, replyCode, remoteHost, remoteIp, diagnostic, stage, reason, provider,
                Optional.empty());
    }

    /** A 5xx status or reply code: retrying will not help. */
    public boolean permanent() {
        if (!status.isEmpty()) {
            return status.startsWith("5");
        }
        return replyCode.map(c -> c >= 500).orElse("failed".equals(action));
    }
}
