package dev.maildoctor.core.dnsbl.neighbourhood;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.dnsbl.CodeReading;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dnsbl.TestPointProbe;
import dev.maildoctor.core.dnsbl.TestPointResult;
import dev.maildoctor.core.network.Target;
import java.util.Optional;
import dev.maildoctor.core.dnsbl.ZoneQuery;
import dev.maildoctor.core.dnsbl.ZoneResult;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.dnsbl.catalogue.ListCategory;
import dev.maildoctor.core.dnsbl.catalogue.ReturnCode;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.network.ReverseNames;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Queries sampled neighbours of an IPv4 address on the reputation lists that answered for the
 * target itself (a zone that failed its test point or refused us would only add noise). The
 * {@link Dns} given is expected to keep each list within its politeness limit.
 */
public final class NeighbourhoodScanner {
    private final Dns dns;

    public NeighbourhoodScanner(Dns dns) {
        this.dns = dns;
    }

    /**
     * Runs alongside the target's own lookups: a zone's neighbours are asked once its test points
     * (shared with the target's lookup) have answered correctly; answers of a zone that then refused
     * or failed for the target itself are left out of the verdict.
     */
    public CompletionStage<Neighbourhood> scan(Inet4Address target, Ipv4Range range, int sampleSize,
                                               List<ZoneQuery> candidates, TestPointProbe testPoints,
                                               CompletionStage<List<ZoneResult>> targetResults, Progress progress) {
        List<Inet4Address> sample = NeighbourSample.choose(range, target, sampleSize);
        List<ZoneQuery> zones = candidates.stream()
                .filter(zq -> zq.list().limits().neighbourScan())
                .filter(zq -> countsForNeighbours(zq.list().category()))
                .toList();
        progress.plan(zones.size() * sample.size());
        List<CompletableFuture<Hit>> hits = new ArrayList<>();
        for (ZoneQuery zq : zones) {
            // One round trip first: a zone that refuses us or fails its test point gets no more questions.
            CompletionStage<Boolean> healthy = testPoints.probe(zq, Target.of(target))
                    .thenApply(TestPointResult::healthy);
            for (Inet4Address neighbour : sample) {
                String name = zq.nameFor(ReverseNames.reversedOctets(neighbour));
                hits.add(healthy.thenCompose(ok -> ok ? dns.query(name, "A").thenApply(Optional::of)
                                : CompletableFuture.completedFuture(Optional.<DnsAnswer>empty()))
                        .thenApply(maybe -> {
                            progress.finishOne();
                            return maybe.map(answer -> new Hit(neighbour, zq, CodeReading.read(zq.list(), answer),
                                    answer.exchange())).orElse(null);
                        }).toCompletableFuture());
            }
        }
        return CompletableFuture.allOf(hits.toArray(CompletableFuture[]::new))
                .thenCombine(targetResults, (v, results) -> {
                    List<ZoneQuery> usable = zones.stream()
                            .filter(zq -> results.stream().anyMatch(r -> r.query() == zq && r.status().isDefinite()))
                            .toList();
                    List<Hit> all = hits.stream().map(CompletableFuture::join)
                            .filter(h -> h != null && usable.contains(h.zone()))
                            .toList();
                    return NeighbourhoodVerdict.judge(range, sample, usable, all, results);
                });
    }

    /** Reputation and scoring lists say something about each address; policy lists list ranges by design. */
    static boolean countsForNeighbours(ListCategory category) {
        return category == ListCategory.REPUTATION || category == ListCategory.SCORING_ONLY;
    }

    /** A listing counts only when its codes are of a reputation kind (ZEN's PBL codes are policy). */
    static boolean isReputationListing(Hit hit) {
        if (hit.reading().status() != ZoneStatus.LISTED) {
            return false;
        }
        List<ReturnCode> known = hit.reading().known();
        if (known.isEmpty()) {
            return countsForNeighbours(hit.zone().list().category());
        }
        return known.stream().anyMatch(c -> countsForNeighbours(
                c.category() != null ? c.category() : hit.zone().list().category()));
    }

    record Hit(Inet4Address address, ZoneQuery zone, CodeReading reading, DnsExchange exchange) {
    }
}
