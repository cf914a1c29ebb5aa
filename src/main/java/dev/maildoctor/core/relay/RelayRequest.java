package dev.maildoctor.core.relay;

import dev.maildoctor.core.recipients.RecipientDomain;
import java.util.List;
import java.util.Optional;

/**
 * What the Postfix configuration is for.
 *
 * @param domains   the recipient domains to send through the relay
 * @param saslUser  the relay account, when the relay wants SMTP authentication
 * @param password  only when the user explicitly supplies it; otherwise a placeholder is written
 */
public record RelayRequest(RelayTarget relay, List<RecipientDomain> domains, Optional<String> saslUser,
                           Optional<String> password) {
    public RelayRequest {
        domains = List.copyOf(domains);
    }

    @Override
    public String toString() {
        // Never print a password, not even by accident in a log line.
        return "RelayRequest[relay=" + relay + ", domains=" + domains.size() + ", saslUser=" + saslUser
                + ", password=" + (password.isPresent() ? "(given)" : "(none)") + "]";
    }
}
