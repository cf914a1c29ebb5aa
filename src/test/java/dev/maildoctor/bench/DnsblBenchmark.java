package dev.maildoctor.bench;

import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.core.dnsbl.DnsblChecker;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.DnsblRequest;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import dev.maildoctor.core.dnsbl.catalogue.DnsblList;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.network.TargetParser;
import dev.maildoctor.testing.FakeDnsServer;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Engine-time benchmark of the Blocklists check against a local DNS server that delays every
 * answer by 100 ms: (a) one IPv4 target against the whole bundled catalogue, (b) the same with a
 * 32-neighbour scan. Prints medians over several runs (after warm-up).
 */
public final class DnsblBenchmark {
    static final Duration DELAY = Duration.ofMillis(100);
    static final int RUNS = 9;

    private DnsblBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Catalogue catalogue = CatalogueLoader.loadBundled();
        try (FakeDnsServer server = new FakeDnsServer()) {
            serveCatalogue(server, catalogue);
            server.delay(DELAY);
            DnsjavaDns dns = new DnsjavaDns(List.of(server.address()), Duration.ofSeconds(3), 64);
            DnsblChecker checker = new DnsblChecker(catalogue, Clock.systemUTC());
            DnsblRequest single = DnsblRequest.of(TargetParser.parse("153.122.40.105"));
            DnsblRequest withNeighbours = single.withNeighbours(new DnsblRequest.NeighbourRequest(Optional.empty(), 32));
            out.printf("Local DNS server delaying every answer by %d ms; %d runs each, after 2 warm-up runs.%n",
                    DELAY.toMillis(), RUNS);
            Result a = measure(checker, dns, single);
            out.printf("(a) one IPv4 target, whole catalogue (%d zones + owner): median %d ms, min %d, max %d%n",
                    a.zones, a.median(), a.min(), a.max());
            Result b = measure(checker, dns, withNeighbours);
            out.printf("(b) same plus 32-neighbour scan: median %d ms, min %d, max %d (%d neighbour queries)%n",
                    b.median(), b.min(), b.max(), b.neighbourQueries);
        }
    }

    private record Result(List<Long> millis, int zones, int neighbourQueries) {
        long median() {
            return millis.get(millis.size() / 2);
        }

        long min() {
            return millis.get(0);
        }

        long max() {
            return millis.get(millis.size() - 1);
        }
    }

    private static Result measure(DnsblChecker checker, DnsjavaDns dns, DnsblRequest request) {
        List<Long> times = new ArrayList<>();
        DnsblReport last = null;
        for (int i = 0; i < RUNS + 2; i++) {
            long start = System.nanoTime();
            last = checker.check(dns, request, Progress.NONE).toCompletableFuture().join();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (i >= 2) {
                times.add(ms);
            }
        }
        Collections.sort(times);
        int neighbourQueries = last.neighbourhood().map(n -> n.evidence().size()).orElse(0);
        return new Result(times, last.results().size(), neighbourQueries);
    }

    /** Every active zone answers its test points; the target and most of its /24 are listed on two lists. */
    static void serveCatalogue(FakeDnsServer server, Catalogue catalogue) {
        for (DnsblList list : catalogue.active()) {
            String zone = list.zones().ipv4();
            if (zone == null) {
                continue;
            }
            server.add("2.0.0.127." + zone, "A", "127.0.0.2");
            server.add("2.0.0.127." + zone, "TXT", "RFC 5782 test point");
            if (list.id().equals("spfbl") || list.id().equals("uceprotect-1")) {
                server.answerUnder("40.122.153." + zone, rel -> Integer.parseInt(rel) < 200
                        ? List.of(FakeDnsServer.rr("A", "127.0.0.2"), FakeDnsServer.rr("TXT", "Listed: bad reputation"))
                        : null);
            }
        }
        server.add("105.40.122.153.in-addr.arpa", "PTR", "v153-122-40-105.example.jp.");
        server.add("v153-122-40-105.example.jp", "A", "153.122.40.105");
        server.add("105.40.122.153.origin.asn.cymru.com", "TXT", "7506 | 153.122.0.0/16 | JP | apnic | 2011-02-01");
        server.add("AS7506.asn.cymru.com", "TXT", "7506 | JP | apnic | 1998-01-01 | INTERQ GMO Internet,Inc, JP");
    }
}
