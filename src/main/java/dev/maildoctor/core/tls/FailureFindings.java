package dev.maildoctor.core.tls;

import dev.maildoctor.core.model.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a probe that stopped early. Connection problems are UNKNOWN (the TLS set-up could not be
 * seen); a server that lacks or refuses STARTTLS, or cannot agree on TLS, is a definite FAIL.
 */
final class FailureFindings {
    static final int SMTP_PORT = 25;

    private FailureFindings() {
    }

    static List<TlsFinding> explain(TlsProbeRequest request, ProbeException e) {
        String host = request.host();
        int port = request.port();
        List<TlsFinding> findings = new ArrayList<>();
        findings.add(switch (e.failure()) {
            case DNS_FAILURE -> unknown(TlsCheck.CONNECTION, "tls.error.dns", host, e.detail());
            case REFUSED -> unknown(TlsCheck.CONNECTION, "tls.error.refused", host, port);
            case CONNECT_TIMEOUT -> unknown(TlsCheck.CONNECTION, "tls.error.connect_timeout", host, port,
                    request.connectTimeout().toMillis());
            case UNREACHABLE -> unknown(TlsCheck.CONNECTION, "tls.error.unreachable", host, port, e.detail());
            case READ_TIMEOUT -> unknown(e.stage() == Stage.HANDSHAKE ? TlsCheck.HANDSHAKE : TlsCheck.CONNECTION,
                    "tls.error.read_timeout", request.readTimeout().toMillis(), e.stage());
            case GREETING_REJECTED -> unknown(TlsCheck.CONNECTION, "tls.error.greeting", e.detail());
            case EHLO_REJECTED -> unknown(TlsCheck.STARTTLS, "tls.error.ehlo", request.ehloName(), e.detail());
            case NO_STARTTLS -> TlsFinding.of(TlsCheck.STARTTLS, Status.FAIL, "tls.starttls.missing", host, port);
            case STARTTLS_REJECTED -> TlsFinding.of(TlsCheck.STARTTLS, Status.FAIL, "tls.starttls.rejected", e.detail());
            case HANDSHAKE_FAILED -> TlsFinding.of(TlsCheck.HANDSHAKE, Status.FAIL, "tls.handshake.failed", e.detail());
            case PROTOCOL_ERROR -> unknown(TlsCheck.CONNECTION, "tls.error.protocol", e.stage(), e.detail());
            case IO_ERROR -> unknown(TlsCheck.CONNECTION, "tls.error.io", host, port, e.detail());
        });
        if (port == SMTP_PORT && e.failure().looksLikeBlockedPort()) {
            findings.add(unknown(TlsCheck.OUTBOUND_PORT_25, "tls.op25b.explained", host));
        }
        return findings;
    }

    private static TlsFinding unknown(TlsCheck check, String key, Object... args) {
        return TlsFinding.of(check, Status.UNKNOWN, key, args);
    }
}
