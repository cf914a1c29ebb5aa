package dev.maildoctor.core.relay;

import java.util.List;

/** The main.cf, master.cf and tls_policy text for a relay, and the relayhost alternative. */
final class MainCfText {
    static final String TRANSPORT = "/etc/postfix/transport";
    static final String SASL_PASSWD = "/etc/postfix/sasl_passwd";
    static final String TLS_POLICY = "/etc/postfix/tls_policy";

    private MainCfText() {
    }

    static String mainCf(RelayPlan plan) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Send the recipient domains listed in ").append(TRANSPORT).append(" through the relay\n")
                .append("# ").append(plan.relay().postfix()).append("; all other mail is delivered as before.\n")
                .append("# If main.cf already sets transport_maps, add hash:").append(TRANSPORT)
                .append(" to that line instead.\n")
                .append("transport_maps = hash:").append(TRANSPORT).append('\n');
        if (plan.saslUser().isPresent()) {
            sb.append('\n').append(sasl());
        } else {
            sb.append("\n# No relay login given: the relay must accept this server by its IP address.\n");
        }
        if (plan.relay().implicitTls()) {
            sb.append('\n')
                    .append("# Port 465 uses implicit TLS (\"wrapper mode\"): TLS from the first byte, no STARTTLS.\n")
                    .append("# Set in main.cf it would break delivery to every other server, so the transport\n")
                    .append("# map names a separate transport, ").append(RelayPlan.WRAPPER_TRANSPORT)
                    .append(", defined in master.cf (see there).\n");
        } else if (plan.saslUser().isPresent()) {
            sb.append('\n')
                    .append("# Require TLS towards the relay only, so the password never crosses the network in\n")
                    .append("# clear text. A global \"smtp_tls_security_level = encrypt\" would demand TLS of every\n")
                    .append("# other receiving server too and defer mail to those without STARTTLS; the policy\n")
                    .append("# table leaves them at the usual level. If smtp_tls_policy_maps is already set, add\n")
                    .append("# the line of ").append(TLS_POLICY).append(" to that table instead.\n")
                    .append("smtp_tls_policy_maps = hash:").append(TLS_POLICY).append('\n');
        }
        sb.append('\n').append(lmdbNote());
        return sb.toString();
    }

    /** TLS required for the relay's next hop, with STARTTLS; empty when no table is needed. */
    static String tlsPolicy(RelayPlan plan) {
        if (plan.saslUser().isEmpty() || plan.relay().implicitTls()) {
            return "";
        }
        return "# " + TLS_POLICY + " - TLS per next hop; the key is exactly the next hop in " + TRANSPORT + ".\n"
                + "# \"encrypt\" never sends without TLS. It does not verify the certificate; \"secure\" would,\n"
                + "# and needs smtp_tls_CAfile or smtp_tls_CApath pointing at the system's CA certificates.\n"
                + plan.relay().postfix() + " encrypt\n";
    }

    /** The wrapper-mode transport for a port-465 relay; empty for other ports. */
    static String masterCf(RelayPlan plan) {
        if (!plan.relay().implicitTls()) {
            return "";
        }
        return "# Implicit TLS (port 465) for the relay only: " + TRANSPORT + " sends the relayed domains\n"
                + "# to this transport; every other destination keeps the normal smtp transport.\n"
                + RelayPlan.WRAPPER_TRANSPORT + " unix  -       -       n       -       -       smtp\n"
                + "  -o smtp_tls_wrappermode=yes\n"
                + "  -o smtp_tls_security_level=encrypt\n";
    }

    /** Everything through the relay: simpler, but only right when the relay takes all of the mail. */
    static String relayhostAlternative(RelayPlan plan, List<String> commands) {
        StringBuilder sb = new StringBuilder()
                .append("# Alternative: send ALL outgoing mail through the relay (no transport map).\n")
                .append("# Prefer it when the relay accepts mail for every destination and this server should\n")
                .append("# not deliver directly at all; keep the transport map when the relay is offered for\n")
                .append("# some providers only.\n")
                .append("relayhost = ").append(plan.relay().postfix()).append('\n');
        if (plan.saslUser().isPresent()) {
            sb.append(sasl());
        }
        if (plan.saslUser().isPresent() || plan.relay().implicitTls()) {
            sb.append("# Every SMTP delivery now goes to the relay, so TLS can be required globally.\n");
            if (plan.relay().implicitTls()) {
                sb.append("smtp_tls_wrappermode = yes\n");
            }
            sb.append("smtp_tls_security_level = encrypt\n");
        }
        if (plan.saslUser().isPresent()) {
            sb.append("# ").append(SASL_PASSWD).append(": the same line as for the transport map.\n");
        }
        sb.append("# Then run:\n");
        for (String command : commands) {
            sb.append("#   ").append(command).append('\n');
        }
        return sb.toString();
    }

    private static String sasl() {
        return "# Log in to the relay with the account in " + SASL_PASSWD + ". Postfix looks it up by next\n"
                + "# hop, so only the relay is sent a login; other servers see none.\n"
                + "smtp_sasl_auth_enable = yes\n"
                + "smtp_sasl_password_maps = hash:" + SASL_PASSWD + "\n"
                + "# Allow plain-text mechanisms (PLAIN, LOGIN), which relays expect over TLS.\n"
                + "# Debian/Ubuntu: they need the libsasl2-modules package.\n"
                + "smtp_sasl_security_options = noanonymous\n";
    }

    private static String lmdbNote() {
        return "# hash: needs Berkeley DB. Where \"postconf -m\" does not list it (newer Fedora, RHEL), use\n"
                + "# lmdb: in these table names and the commands (the files become .lmdb instead of .db).\n";
    }
}
