package dev.maildoctor.core.auth;

import dev.maildoctor.core.dkim.DkimAuditor;
import dev.maildoctor.core.dkim.DkimReport;
import dev.maildoctor.core.dkim.DkimRequest;
import dev.maildoctor.core.dkim.KeyState;
import dev.maildoctor.core.dkim.KnownSelectors;
import dev.maildoctor.core.dkim.SelectorResult;
import dev.maildoctor.core.dmarc.DmarcChecker;
import dev.maildoctor.core.dmarc.DmarcReport;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.spf.SpfCheck;
import dev.maildoctor.core.spf.SpfEvaluator;
import dev.maildoctor.core.tls.TlsProbeRequest;
import dev.maildoctor.core.tls.TlsReport;
import java.net.InetAddress;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * SPF, DKIM, DMARC, reverse DNS and (on request) STARTTLS of a sender domain, all at once, and the
 * bulk-sender checklist derived from them.
 */
public final class AuthAudit {
    /**
     * Without a sending address the record is evaluated for one from the reserved 240.0.0.0/4 block,
     * which no sensible record lists: every term is then evaluated and every include followed, so the tree
     * and the lookup counts are complete. Its result is not shown.
     */
    static final String PLACEHOLDER_IP = "240.0.0.1";
    static final int SMTP_PORT = 25;

    private final Dns dns;
    private final KnownSelectors known;
    private final Function<TlsProbeRequest, CompletableFuture<TlsReport>> tlsProbe;

    public AuthAudit(Dns dns, KnownSelectors known, Function<TlsProbeRequest, CompletableFuture<TlsReport>> tlsProbe) {
        this.dns = dns;
        this.known = known;
        this.tlsProbe = tlsProbe;
    }

    public CompletionStage<AuthReport> audit(AuthRequest request) {
        String domain = request.domain();
        InetAddress ip = request.ip().orElseGet(AuthAudit::placeholder);
        String helo = request.helo().orElse(domain);
        CompletableFuture<SpfCheck> spf = new SpfEvaluator(dns).checkHost(ip, domain, "postmaster@" + domain, helo)
                .toCompletableFuture();
        CompletableFuture<DkimReport> dkim = new DkimAuditor(dns, known)
                .audit(new DkimRequest(domain, request.selectors(), "", true)).toCompletableFuture();
        CompletableFuture<DmarcReport> dmarc = new DmarcChecker(dns).check(domain).toCompletableFuture();
        CompletableFuture<Optional<PtrFindings>> ptr = request.ip()
                .map(a -> new PtrCheck(dns).check(a, request.helo()).thenApply(Optional::of).toCompletableFuture())
                .orElse(CompletableFuture.completedFuture(Optional.empty()));
        CompletableFuture<TlsPart> tls = request.mxTls() ? probeMx(domain)
                : CompletableFuture.completedFuture(new TlsPart(Optional.empty(), Optional.empty(), Optional.empty()));
        return CompletableFuture.allOf(spf, dkim, dmarc, ptr, tls).thenApply(done -> {
            SpfCheck s = spf.join();
            boolean withIp = request.ip().isPresent();
            Status spfStatus = withIp ? SpfStatus.ofResult(s.result()) : SpfStatus.ofRecord(s.result());
            SenderFacts facts = new SenderFacts(withIp ? Optional.of(s.result()) : Optional.empty(),
                    SpfStatus.ofRecord(s.result()), strongestKey(dkim.join()), dkim.join().status(),
                    dmarc.join().effectivePolicy(), dmarc.join().status(),
                    ptr.join().map(PtrFindings::fcrdns), tls.join().report().map(TlsReport::overall));
            return new AuthReport(domain, s, withIp, spfStatus, dkim.join(), dmarc.join(), ptr.join(),
                    tls.join().host(), tls.join().report(), tls.join().problem(), SenderChecklist.derive(facts));
        });
    }

    private record TlsPart(Optional<String> host, Optional<TlsReport> report, Optional<Msg> problem) {
    }

    /** The most preferred MX host, probed on port 25. */
    private CompletableFuture<TlsPart> probeMx(String domain) {
        return dns.query(domain, "MX").toCompletableFuture().thenCompose(answer -> {
            if (!answer.isDefinite()) {
                return CompletableFuture.completedFuture(new TlsPart(Optional.empty(), Optional.empty(),
                        Optional.of(Msg.of("auth.tls.mx_failed", domain,
                                answer.outcome().name().toLowerCase(Locale.ROOT)))));
            }
            Optional<String> host = answer.records().stream().map(AuthAudit::mx).filter(Objects::nonNull)
                    .min(Comparator.comparingInt(Mx::preference)).map(Mx::host);
            if (host.isEmpty()) {
                return CompletableFuture.completedFuture(new TlsPart(Optional.empty(), Optional.empty(),
                        Optional.of(Msg.of("auth.tls.no_mx", domain))));
            }
            return tlsProbe.apply(TlsProbeRequest.of(host.get(), SMTP_PORT))
                    .thenApply(r -> new TlsPart(host, Optional.of(r), Optional.empty()));
        });
    }

    private record Mx(int preference, String host) {
    }

    private static Mx mx(String rdata) {
        String[] parts = rdata.strip().split("\\s+");
        if (parts.length != 2) {
            return null;
        }
        String host = parts[1].endsWith(".") ? parts[1].substring(0, parts[1].length() - 1) : parts[1];
        if (host.isEmpty()) {
            return null; // the null MX (RFC 7505): the domain takes no mail
        }
        try {
            return new Mx(Integer.parseInt(parts[0]), host);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Size of the strongest key found; an Ed25519 key is as strong as the recommendation asks. */
    static Optional<Integer> strongestKey(DkimReport report) {
        return report.results().stream().filter(r -> r.state() == KeyState.FOUND).map(AuthAudit::bits)
                .filter(Objects::nonNull).max(Integer::compare);
    }

    private static Integer bits(SelectorResult r) {
        if ("ed25519".equalsIgnoreCase(r.keyType())) {
            return SenderChecklist.RECOMMENDED_BITS;
        }
        return r.keyBits();
    }

    private static InetAddress placeholder() {
        try {
            return InetAddress.getByName(PLACEHOLDER_IP); // a literal: no DNS query
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
