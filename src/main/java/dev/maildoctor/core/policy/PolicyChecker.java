package dev.maildoctor.core.policy;

import dev.maildoctor.core.dns.Dns;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Checks the transport and brand policies a domain publishes: MTA-STS, TLS-RPT and BIMI. The three
 * run concurrently; each reports a DNS failure as UNKNOWN, never as "not published".
 */
public final class PolicyChecker {
    private final MtaStsCheck mtaSts;
    private final TlsRptCheck tlsRpt;
    private final BimiCheck bimi;

    public PolicyChecker(Dns dns, HttpFetcher fetcher) {
        this(dns, fetcher, PolicyChecker::standardPolicyLocation);
    }

    /** {@code policyLocation} maps a domain to its policy URL; tests point it at a local server. */
    public PolicyChecker(Dns dns, HttpFetcher fetcher, Function<String, URI> policyLocation) {
        this.mtaSts = new MtaStsCheck(dns, fetcher, policyLocation);
        this.tlsRpt = new TlsRptCheck(dns);
        this.bimi = new BimiCheck(dns);
    }

    /** The well-known URL of RFC 8461 section 3.3. */
    public static URI standardPolicyLocation(String domain) {
        return URI.create("https://mta-sts." + domain + "/.well-known/mta-sts.txt");
    }

    public CompletionStage<PolicyReport> check(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        String name = d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
        CompletableFuture<MtaStsCheck.Result> sts = mtaSts.check(name).toCompletableFuture();
        CompletableFuture<PolicyPart> rpt = tlsRpt.check(name).toCompletableFuture();
        CompletableFuture<PolicyPart> logo = bimi.check(name).toCompletableFuture();
        return CompletableFuture.allOf(sts, rpt, logo).thenApply(ignored -> new PolicyReport(name,
                sts.join().part(), sts.join().policy(), rpt.join(), logo.join()));
    }
}
