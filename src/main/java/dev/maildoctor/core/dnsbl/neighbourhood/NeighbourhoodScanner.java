package dev.maildoctor.core.dnsbl.neighbourhood;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.dnsbl.CodeReading;
import dev.maildoctor.core.dnsbl.TestPointProbe;
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
     * Starts at once, alongside the target's own lookups: neighbour answers of a zone whose test
     * point turns out unhealthy, or which refused or failed for the target, are discarded afterwards.
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
            for (Inet4Address neighbour : sample) {
                String name = zq.nameFor(ReverseNames.reversedOctets(neighbour));
                hits.add(dns.query(name, "A")
                        .thenApply(answer -> {
                            progress.finishOne();
                            return new Hit(neighbour, zq, CodeReading.read(zq.list(), answer), answer.exchange());
                        }).toCompletableFuture());
            }
        }
        return CompletableFuture.allOf(hits.toArray(CompletableFuture[]::new))
                .thenCombine(targetResults, (v, results) -> {
                    List<ZoneQuery> usable = zones.stream()
                            .filter(zq -> results.stream().anyMatch(r -> r.query() == zq && r.status().isDefinite()))
                            .toList();
                    List<Hit> all = hits.stream().map(CompletableFuture::join)
                            .filter(h -> usable.contains(h.zone()))
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
