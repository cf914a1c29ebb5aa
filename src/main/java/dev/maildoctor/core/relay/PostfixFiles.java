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
 * @param commands             postmap / chmod / reload commands, in order (lines starting with
 *                             {@code #} explain the verification steps)
 * @param relayhostAlternative the simpler setup: everything via {@code relayhost}, with its commands
 * @param warnings             e.g. a clear-text password is in the file: permissions 600, root only
 * @param tlsPolicy            {@code /etc/postfix/tls_policy}: TLS required towards the relay; empty when
 *                             not needed (no SASL user, or port 465 where master.cf requires it)
 * @param masterCf             lines to add to {@code /etc/postfix/master.cf}: the wrapper-mode transport
 *                             for a port-465 relay; empty otherwise
 */
public record PostfixFiles(String mainCf, String transport, String saslPasswd, List<String> commands,
                           String relayhostAlternative, List<Msg> warnings, String tlsPolicy, String masterCf) {
    public PostfixFiles {
        commands = List.copyOf(commands);
        warnings = List.copyOf(warnings);
    }

    @Override
    public String toString() {
        // sasl_passwd may hold a clear-text password: never let it reach a log line.
        return "PostfixFiles[transport=" + transport.lines().filter(l -> !l.startsWith("#")).count()
                + " domains, saslPasswd=" + (saslPasswd.isEmpty() ? "(none)" : "(redacted)")
                + ", commands=" + commands.size() + ", warnings=" + warnings + "]";
    }

    public PostfixFiles(String mainCf, String transport, String saslPasswd, List<String> commands,
                        String relayhostAlternative, List<Msg> warnings) {
        this(mainCf, transport, saslPasswd, commands, relayhostAlternative, warnings, "", "");
    }
}
