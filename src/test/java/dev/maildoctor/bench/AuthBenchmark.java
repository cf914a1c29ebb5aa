package dev.maildoctor.bench;

import dev.maildoctor.core.auth.AuthAudit;
import dev.maildoctor.core.auth.AuthReport;
import dev.maildoctor.core.auth.AuthRequest;
import dev.maildoctor.core.dkim.SelectorsLoader;
import dev.maildoctor.core.dns.DnsSettings;
import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.testing.FakeDnsServer;
import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Engine time of a full sender-authentication audit against a local DNS server that delays every
 * answer by 100 ms: an SPF include tree of depth 3, DMARC with an external report destination, 20
 * DKIM selectors (plus the provider-known ones) and the reverse DNS of the sending address. The
 * longest chain of dependent questions is the SPF tree (the record, then one include per level),
 * so the bound is (depth + 2) × 100 ms + 200 ms of engine time = 700 ms.
 */
public final class AuthBenchmark {
    static final Duration DELAY = Duration.ofMillis(100);
    static final int DEPTH = 3;
    static final int SELECTORS = 20;
    static final int RUNS = 9;

    private AuthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        try (FakeDnsServer server = new FakeDnsServer()) {
            serve(server);
            server.delay(DELAY);
            DnsjavaDns dns = new DnsjavaDns(List.of(server.address()), DnsSettings.DEFAULT_TIMEOUT,
                    DnsSettings.BULK_MAX_IN_FLIGHT);
            AuthAudit audit = new AuthAudit(dns, SelectorsLoader.loadBundled(),
                    probe -> CompletableFuture.failedFuture(new IllegalStateException("no TLS probe in this benchmark")));
            List<String> selectors = IntStream.range(0, SELECTORS).mapToObj(i -> "sel" + i).toList();
            AuthRequest request = new AuthRequest("sender.example", Optional.of(InetAddress.getByName("192.0.2.25")),
                    Optional.of("mail.sender.example"), selectors, false);
            List<Long> times = new ArrayList<>();
            AuthReport last = null;
            for (int i = 0; i < RUNS + 2; i++) {
                long start = System.nanoTime();
                last = audit.audit(request).toCompletableFuture().join();
                if (i >= 2) {
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            Collections.sort(times);
            long bound = (DEPTH + 2) * DELAY.toMillis() + 200;
            out.printf("Full audit (SPF tree depth %d, DMARC with an external destination, %d selectors + provider-known,"
                            + " PTR), every DNS answer delayed %d ms: median %d ms (min %d, max %d) over %d runs;"
                            + " bound %d ms; SPF %s with %d look-ups%n", DEPTH, SELECTORS, DELAY.toMillis(),
                    times.get(times.size() / 2), times.get(0), times.get(times.size() - 1), RUNS, bound,
                    last.spf().result().label(), last.spf().lookups());
        }
    }

    /** sender.example → include:l1 → include:l2 → include:l3 (depth 3), DMARC, keys, PTR. */
    public static void serve(FakeDnsServer server) {
        server.add("sender.example", "TXT", "v=spf1 include:l1.sender.example -all")
                .add("l1.sender.example", "TXT", "v=spf1 include:l2.sender.example -all")
                .add("l2.sender.example", "TXT", "v=spf1 include:l3.sender.example -all")
                .add("l3.sender.example", "TXT", "v=spf1 ip4:192.0.2.0/24 -all")
                .add("_dmarc.sender.example", "TXT", "v=DMARC1; p=quarantine; rua=mailto:agg@reports.example")
                .add("sender.example._report._dmarc.reports.example", "TXT", "v=DMARC1")
                .add("sel3._domainkey.sender.example", "TXT", "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")
                .add("25.2.0.192.in-addr.arpa", "PTR", "mail.sender.example.")
                .add("mail.sender.example", "A", "192.0.2.25");
    }
}
