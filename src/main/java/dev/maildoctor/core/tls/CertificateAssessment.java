package dev.maildoctor.core.tls;

import dev.maildoctor.core.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Judges a completed handshake: protocol, chain trust, host name, expiry, self-signed. */
final class CertificateAssessment {
    /** Let's Encrypt renews 30 days ahead; under 14 days left means renewal has been failing for weeks. */
    static final Duration EXPIRY_WARNING = Duration.ofDays(14);
    private static final Set<String> CURRENT_PROTOCOLS = Set.of("TLSv1.3", "TLSv1.2");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private CertificateAssessment() {
    }

    static List<TlsFinding> assess(String host, Negotiated n, List<CertificateInfo> chain, ChainVerdict verdict,
                                   Instant now) {
        List<TlsFinding> findings = new ArrayList<>();
        findings.add(CURRENT_PROTOCOLS.contains(n.protocol())
                ? TlsFinding.of(TlsCheck.PROTOCOL, Status.PASS, "tls.protocol.current", n.protocol(), n.cipherSuite())
                : TlsFinding.of(TlsCheck.PROTOCOL, Status.WARN, "tls.protocol.legacy", n.protocol(), n.cipherSuite()));
        findings.add(chainFinding(verdict));
        if (chain.isEmpty()) {
            return findings;
        }
        CertificateInfo leaf = chain.get(0);
        findings.add(HostnameMatcher.matches(host, leaf)
                ? TlsFinding.of(TlsCheck.HOSTNAME, Status.PASS, "tls.hostname.match", host)
                : TlsFinding.of(TlsCheck.HOSTNAME, Status.FAIL, "tls.hostname.mismatch", host,
                        leaf.names().isEmpty() ? "-" : String.join(", ", leaf.names())));
        findings.add(expiry(leaf, now));
        findings.add(leaf.selfSigned()
                ? TlsFinding.of(TlsCheck.SELF_SIGNED, Status.FAIL, "tls.self_signed.yes")
                : TlsFinding.of(TlsCheck.SELF_SIGNED, Status.PASS, "tls.self_signed.no", leaf.issuer()));
        return findings;
    }

    private static TlsFinding chainFinding(ChainVerdict verdict) {
        if (verdict.trusted()) {
            return TlsFinding.of(TlsCheck.CHAIN, Status.PASS, "tls.chain.trusted");
        }
        String detail = verdict.detail().orElse("-");
        String key = switch (verdict.problem().orElse(ChainProblem.OTHER)) {
            case UNKNOWN_ISSUER -> "tls.chain.unknown_issuer";
            case EXPIRED -> "tls.chain.expired";
            case NOT_YET_VALID -> "tls.chain.not_yet_valid";
            case OTHER -> "tls.chain.other";
        };
        return TlsFinding.of(TlsCheck.CHAIN, Status.FAIL, key, detail);
    }

    static TlsFinding expiry(CertificateInfo leaf, Instant now) {
        String until = DATE.format(leaf.notAfter());
        if (now.isBefore(leaf.notBefore())) {
            return TlsFinding.of(TlsCheck.EXPIRY, Status.FAIL, "tls.expiry.not_yet_valid", DATE.format(leaf.notBefore()));
        }
        if (!now.isBefore(leaf.notAfter())) {
            return TlsFinding.of(TlsCheck.EXPIRY, Status.FAIL, "tls.expiry.expired", until);
        }
        Duration left = Duration.between(now, leaf.notAfter());
        return left.compareTo(EXPIRY_WARNING) < 0
                ? TlsFinding.of(TlsCheck.EXPIRY, Status.WARN, "tls.expiry.soon", until, left.toDays())
                : TlsFinding.of(TlsCheck.EXPIRY, Status.PASS, "tls.expiry.ok", until, left.toDays());
    }
}
