package dev.maildoctor.core.relay;

import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Postfix files that send mail for some recipient domains through a relay.
 *
 * <p>Transport lines come in ASCII order of the (punycode) domain, one per domain, duplicates
 * removed. Invalid input — no domains, a name with whitespace, a line break or '#', a user name
 * with ':' — is rejected with an {@link dev.maildoctor.core.model.InvalidInputException} rather
 * than written into a file Postfix would misread.
 */
public final class PostfixRelayConfig {
    private static final String PASSWORD_PLACEHOLDER = "<password>";

    private PostfixRelayConfig() {
    }

    public static PostfixFiles generate(RelayRequest request) {
        RelayPlan plan = RelayPlan.of(request);
        return new PostfixFiles(MainCfText.mainCf(plan), transport(plan), saslPasswd(plan), commands(plan),
                MainCfText.relayhostAlternative(plan, relayhostCommands(plan)), warnings(plan),
                MainCfText.tlsPolicy(plan), MainCfText.masterCf(plan));
    }

    private static String transport(RelayPlan plan) {
        StringBuilder sb = new StringBuilder()
                .append("# ").append(MainCfText.TRANSPORT).append(" - recipient domains sent through the relay.\n")
                .append("# [brackets]: connect to the relay host itself (its A/AAAA records), no MX lookup.\n")
                .append("# A line matches that domain only. For its subdomains add a line with a leading dot:\n")
                .append("#   .").append(plan.domains().get(0)).append(' ').append(plan.nexthop()).append('\n')
                .append("# Internationalised names are in ASCII (punycode), the Unicode form in a comment\n")
                .append("# above them: Postfix tables allow no comment after a value.\n");
        String nexthop = plan.nexthop();
        for (String domain : plan.domains()) {
            String unicode = HostSyntax.unicode(domain);
            if (!unicode.equals(domain) && !HostSyntax.hasUnsafeCharacter(unicode)) {
                sb.append("# ").append(unicode).append('\n');
            }
            sb.append(domain).append(' ').append(nexthop).append('\n');
        }
        return sb.toString();
    }

    private static String saslPasswd(RelayPlan plan) {
        if (plan.saslUser().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder()
                .append("# ").append(MainCfText.SASL_PASSWD).append(" - login for the relay: <next hop> <user>:<password>\n")
                .append("# The key must be exactly the next hop of ").append(MainCfText.TRANSPORT)
                .append(" ([host]:port).\n");
        if (plan.password().isPresent()) {
            sb.append("# Contains a clear-text password: root only (chmod 600).\n");
        } else {
            sb.append("# Replace ").append(PASSWORD_PLACEHOLDER).append(" before running postmap; keep the file root only.\n");
        }
        return sb.append(plan.relay().postfix()).append(' ').append(plan.saslUser().get()).append(':')
                .append(plan.password().orElse(PASSWORD_PLACEHOLDER)).append('\n').toString();
    }

    private static List<String> commands(RelayPlan plan) {
        List<String> commands = new ArrayList<>();
        commands.add("postmap " + MainCfText.TRANSPORT);
        if (plan.saslUser().isPresent()) {
            addSaslCommands(commands);
        }
        if (!MainCfText.tlsPolicy(plan).isEmpty()) {
            commands.add("postmap " + MainCfText.TLS_POLICY);
        }
        commands.add("postfix check");
        commands.add("systemctl reload postfix");
        String first = plan.domains().get(0);
        commands.add("# Check: this must print " + plan.nexthop());
        commands.add("postmap -q " + first + " hash:" + MainCfText.TRANSPORT);
        commands.add("# Send a test message to a relayed domain; its log line must show relay="
                + plan.relay().host() + "[...] (or see /var/log/mail.log, /var/log/maillog)");
        commands.add("journalctl --since '15 min ago' | grep 'relay=" + plan.relay().host() + "\\['");
        return commands;
    }

    private static List<String> relayhostCommands(RelayPlan plan) {
        List<String> commands = new ArrayList<>();
        if (plan.saslUser().isPresent()) {
            addSaslCommands(commands);
        }
        commands.add("postfix check");
        commands.add("systemctl reload postfix");
        return commands;
    }

    private static void addSaslCommands(List<String> commands) {
        commands.add("postmap " + MainCfText.SASL_PASSWD);
        commands.add("chmod 600 " + MainCfText.SASL_PASSWD + " " + MainCfText.SASL_PASSWD + ".db");
    }

    private static List<Msg> warnings(RelayPlan plan) {
        List<Msg> warnings = new ArrayList<>();
        if (plan.password().isPresent()) {
            warnings.add(Msg.of("relay.warning.password_in_file", MainCfText.SASL_PASSWD));
        } else if (plan.saslUser().isPresent()) {
            warnings.add(Msg.of("relay.warning.password_placeholder", PASSWORD_PLACEHOLDER, MainCfText.SASL_PASSWD));
        } else {
            warnings.add(Msg.of("relay.warning.no_login", plan.relay().postfix()));
        }
        if (plan.relay().implicitTls()) {
            warnings.add(Msg.of("relay.warning.master_cf", RelayPlan.WRAPPER_TRANSPORT));
        }
        return warnings;
    }
}
