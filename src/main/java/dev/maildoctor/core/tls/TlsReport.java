package dev.maildoctor.core.tls;

import dev.maildoctor.core.model.FixStep;
import dev.maildoctor.core.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of one TLS probe. Negotiation details and the chain are empty when the probe stopped
 * early; {@code failure} then says where. {@code transcript} is the SMTP exchange as evidence.
 */
public record TlsReport(TlsProbeRequest request, Instant started, Duration elapsed, Optional<String> address,
                        Optional<String> protocol, Optional<String> cipherSuite, List<CertificateInfo> chain,
                        Optional<ChainVerdict> chainVerdict, Optional<TlsFailure> failure,
                        List<TlsFinding> findings, List<FixStep> fixes, List<String> transcript) {
    public TlsReport {
        chain = List.copyOf(chain);
        findings = List.copyOf(findings);
        fixes = List.copyOf(fixes);
        transcript = List.copyOf(transcript);
    }

    /** The worst status: FAIL, then UNKNOWN (never to be read as clean), WARN, INFO, PASS. */
    public Status overall() {
        List<Status> order = List.of(Status.FAIL, Status.UNKNOWN, Status.WARN, Status.INFO, Status.PASS);
        for (Status s : order) {
            if (findings.stream().anyMatch(f -> f.status() == s)) {
                return s;
            }
        }
        return Status.UNKNOWN;
    }

    public Optional<TlsFinding> finding(TlsCheck check) {
        return findings.stream().filter(f -> f.check() == check).findFirst();
    }
}
