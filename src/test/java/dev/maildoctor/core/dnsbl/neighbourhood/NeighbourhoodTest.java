package dev.maildoctor.core.dnsbl.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dnsbl.DnsblChecker;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.DnsblRequest;
import dev.maildoctor.core.model.Actor;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.network.TargetParser;
import dev.maildoctor.testing.DnsblWorld;
import dev.maildoctor.testing.FakeDnsServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {
    private final DnsblWorld world = new DnsblWorld();
    private final DnsblChecker checker = new DnsblChecker(DnsblWorld.catalogue(), Clock.systemUTC());

    @AfterEach
    void close() {
        world.close();
    }

    private Neighbourhood scan(String target, int sample) {
        DnsblRequest request = DnsblRequest.of(TargetParser.parse(target))
                .withNeighbours(new DnsblRequest.NeighbourRequest(Optional.empty(), sample));
        DnsblReport report = checker.check(world.dns(Duration.ofMillis(500)), request, Progress.NONE)
                .toCompletableFuture().join();
        return report.neighbourhood().orElseThrow();
    }

    /** Lists every address of 153.122.40.0/24 whose last octet passes the filter on the reputation list. */
    private void listRange(java.util.function.IntPredicate lastOctet) {
        world.server().answerUnder("40.122.153.bl.test", rel -> {
            int octet = Integer.parseInt(rel);
            return lastOctet.test(octet) ? List.of(FakeDnsServer.rr("A", "127.0.0.2")) : null;
        });
    }

    @Test
    void burnedRangeIsTheProvidersProblem() {
        listRange(o -> o < 192);
        DnsblReport report = checker.check(world.dns(), DnsblRequest.of(TargetParser.parse("153.122.40.105"))
                .withNeighbours(new DnsblRequest.NeighbourRequest(Optional.empty(), 32)), Progress.NONE)
                .toCompletableFuture().join();
        Neighbourhood n = report.neighbourhood().orElseThrow();
        assertThat(n.range().toString()).isEqualTo("153.122.40.0/24");
        assertThat(n.sampled()).isEqualTo(32);
        assertThat(n.scanned()).isEqualTo(32);
        assertThat(n.listed()).isBetween(20, 28);
        assertThat(n.verdict()).isEqualTo(Verdict.PROVIDER_RANGE);
        assertThat(n.reason().key()).isEqualTo("neighbourhood.reason.many_listed");
        assertThat(n.reason().args()).contains("Reputation Test List");
        assertThat(n.tallies()).filteredOn(t -> t.listId().equals("rep")).singleElement()
                .satisfies(t -> assertThat(t.listed()).isEqualTo(n.listed()));
        assertThat(report.verdictFixes()).extracting(f -> f.text().key())
                .contains("range.fix.delisting_useless", "range.fix.ask_relay", "range.fix.smarthost", "range.fix.move");
        assertThat(report.verdictFixes()).anyMatch(f -> f.actor() == Actor.PROVIDER);
    }

    @Test
    void lonelyListingIsIsolated() {
        listRange(o -> o == 105);
        Neighbourhood n = scan("153.122.40.105", 32);
        assertThat(n.listed()).isZero();
        assertThat(n.verdict()).isEqualTo(Verdict.ISOLATED);
        assertThat(n.cells()).hasSize(32).allMatch(c -> c.state() == CellState.CLEAN);
    }

    @Test
    void cleanNeighbourhood() {
        Neighbourhood n = scan("153.122.40.105", 16);
        assertThat(n.verdict()).isEqualTo(Verdict.CLEAN);
        assertThat(n.sampled()).isEqualTo(16);
    }

    @Test
    void rangeListOnTheTargetIsProviderRangeEvenWithCleanNeighbours() {
        world.list("153.122.40.105", "range.test", "127.0.0.2", null);
        Neighbourhood n = scan("153.122.40.105", 8);
        assertThat(n.verdict()).isEqualTo(Verdict.PROVIDER_RANGE);
        assertThat(n.reason().key()).isEqualTo("neighbourhood.reason.wide_listing");
    }

    @Test
    void unansweredNeighboursGiveUnknownNeverClean() {
        world.server().timeout("*.40.122.153.bl.test").timeout("*.40.122.153.score.test")
                .timeout("*.40.122.153.zen.test");
        // The target itself still answers, so the lists are usable for neighbours.
        world.server().clearFaults();
        world.server().answerUnder("40.122.153.bl.test", rel -> rel.equals("105") ? null : List.of());
        world.server().timeout("*.40.122.153.score.test").timeout("*.40.122.153.zen.test");
        world.server().servfail("*.40.122.153.bl.test");
        Neighbourhood n = scan("192.0.2.1", 4);
        assertThat(n.verdict()).isIn(Verdict.CLEAN); // other /24: answers fine
        Neighbourhood broken = scanWithBrokenNeighbours();
        assertThat(broken.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(broken.cells()).allMatch(c -> c.state() == CellState.UNKNOWN);
    }

    private Neighbourhood scanWithBrokenNeighbours() {
        try (DnsblWorld w = new DnsblWorld()) {
            // Target 10.0.0.5 answers NXDOMAIN everywhere, every neighbour times out.
            for (String zone : DnsblWorld.IP_ZONES) {
                w.server().answerUnder("0.0.10." + zone, rel -> rel.equals("5") ? null : null);
                w.server().timeout("*.0.0.10." + zone);
            }
            w.server().clearFaults();
            for (String zone : DnsblWorld.IP_ZONES) {
                for (int i = 0; i < 256; i++) {
                    if (i != 5) {
                        w.server().timeout(i + ".0.0.10." + zone);
                    }
                }
            }
            DnsblRequest request = DnsblRequest.of(TargetParser.parse("10.0.0.5"))
                    .withNeighbours(new DnsblRequest.NeighbourRequest(Optional.empty(), 8));
            return checker.check(w.dns(Duration.ofMillis(200)), request, Progress.NONE).toCompletableFuture().join()
                    .neighbourhood().orElseThrow();
        }
    }

    @Test
    void politenessLimitsHoldPerList() {
        world.server().delay(Duration.ofMillis(40));
        listRange(o -> o % 2 == 0);
        scan("153.122.40.105", 64);
        assertThat(world.server().queryCount("40.122.153.bl.test")).isEqualTo(65);
        assertThat(world.server().peakConcurrency("40.122.153.bl.test")).isBetween(2, 4);
        assertThat(world.server().peakConcurrency("40.122.153.score.test")).isBetween(1, 2);
        assertThat(world.server().queryCount("40.122.153.range.test")).isEqualTo(1); // target only: no scan
    }
}
