package dev.maildoctor.core.tls;

import dev.maildoctor.core.model.Actor;
import dev.maildoctor.core.model.FixStep;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns TLS findings into the steps to take; certificate problems lead to a Let's Encrypt set-up. */
final class TlsFixes {
    static final String CERTBOT_DOCS = "https://eff-certbot.readthedocs.io/en/stable/using.html";
    static final String POSTFIX_TLS_DOCS = "https://www.postfix.org/TLS_README.html";

    private TlsFixes() {
    }

    static List<FixStep> forFindings(TlsProbeRequest request, List<TlsFinding> findings, Optional<TlsFailure> failure) {
        String host = request.host();
        Set<FixStep> steps = new LinkedHashSet<>();
        boolean needCertificate = false;
        for (TlsFinding f : findings) {
            if (f.status() == Status.PASS || f.status() == Status.INFO) {
                continue;
            }
            switch (f.check()) {
                case CHAIN, SELF_SIGNED -> needCertificate = true;
                case HOSTNAME -> {
                    steps.add(you("tls.fix.hostname", host));
                    needCertificate = true;
                }
                case EXPIRY -> steps.add(you("tls.fix.renew"));
                case OUTBOUND_PORT_25 -> steps.addAll(blockedPort25(host));
                default -> { }
            }
        }
        failure.ifPresent(kind -> steps.addAll(forFailure(kind, request)));
        if (needCertificate || failure.filter(k -> k == TlsFailure.NO_STARTTLS).isPresent()) {
            steps.addAll(letsEncrypt(host));
        }
        return new ArrayList<>(steps);
    }

    private static List<FixStep> forFailure(TlsFailure kind, TlsProbeRequest request) {
        String host = request.host();
        return switch (kind) {
            case DNS_FAILURE -> List.of(you("tls.fix.dns", host));
            case REFUSED -> request.port() == FailureFindings.SMTP_PORT ? List.of()
                    : List.of(you("tls.fix.listen", request.port()));
            case NO_STARTTLS -> List.of(FixStep.withLink(Actor.YOU, Msg.of("tls.fix.enable_starttls"), POSTFIX_TLS_DOCS));
            case HANDSHAKE_FAILED -> List.of(you("tls.fix.handshake"));
            default -> List.of();
        };
    }

    /** OP25B: the probe may be what is blocked, not the server. */
    static List<FixStep> blockedPort25(String host) {
        return List.of(
                you("tls.fix.op25b.from_server", host),
                you("tls.fix.op25b.try_submission"),
                you("tls.fix.op25b.firewall"),
                FixStep.of(Actor.PROVIDER, Msg.of("tls.fix.op25b.provider")));
    }

    /** The replacement the incident needed: a free, automatically renewed certificate for both daemons. */
    static List<FixStep> letsEncrypt(String host) {
        return List.of(
                FixStep.withLink(Actor.YOU, Msg.of("tls.fix.le.certbot", host), CERTBOT_DOCS),
                you("tls.fix.le.postfix", host),
                you("tls.fix.le.dovecot", host),
                you("tls.fix.le.reload"),
                you("tls.fix.le.renew_hook"));
    }

    private static FixStep you(String key, Object... args) {
        return FixStep.of(Actor.YOU, Msg.of(key, args));
    }
}
