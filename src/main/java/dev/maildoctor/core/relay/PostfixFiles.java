package dev.maildoctor.core.relay;

import dev.maildoctor.core.model.Msg;
import java.util.List;

/**
 * Ready-to-install Postfix configuration for a relay.
 *
 * @param mainCf               lines to add to {@code /etc/postfix/main.cf}, with comments
 * @param transport            {@code /etc/postfix/transport}: one {@code domain smtp:[relay]:port} line per domain
 * @param saslPasswd           {@code /etc/postfix/sasl_passwd}: the relay's credentials line (a placeholder
 *                             password unless one was given); empty without a SASL user
 * @param commands             postmap / chmod / reload commands, in order
 * @param relayhostAlternative the simpler setup: everything via {@code relayhost}, with its commands
 * @param warnings             e.g. a clear-text password is in the file: permissions 600, root only
 */
public record PostfixFiles(String mainCf, String transport, String saslPasswd, List<String> commands,
                           String relayhostAlternative, List<Msg> warnings) {
    public PostfixFiles {
        commands = List.copyOf(commands);
        warnings = List.copyOf(warnings);
    }
}
