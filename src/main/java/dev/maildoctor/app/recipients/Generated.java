package dev.maildoctor.app.recipients;

import dev.maildoctor.core.relay.PostfixFiles;
import dev.maildoctor.core.relay.RelayRequest;

/**
 * What Generate produced: the request (kept for comparing a transport file) and the files.
 * Held in memory only; the password in it is written nowhere but a sasl_passwd the user saves.
 */
public record Generated(RelayRequest request, PostfixFiles files) {
    /** Whether sasl_passwd holds the password the user typed rather than a placeholder. */
    boolean hasRealPassword() {
        return request.password().filter(p -> !p.isEmpty()).isPresent() && !files.saslPasswd().isEmpty();
    }
}
