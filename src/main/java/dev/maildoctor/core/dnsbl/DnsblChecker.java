package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.DnsblList;
import dev.maildoctor.core.dnsbl.neighbourhood.Ipv4Range;
import dev.maildoctor.core.dnsbl.neighbourhood.Neighbourhood;
import dev.maildoctor.core.dnsbl.neighbourhood.NeighbourhoodScanner;
import dev.maildoctor.core.model.FixStep;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.network.NetworkOwner;
import dev.maildoctor.core.network.NetworkOwnerLookup;
import dev.maildoctor.core.network.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The Blocklists check: every applicable zone of the catalogue in parallel, then (when asked) the
 * neighbourhood scan and the network owner, combined into one {@link DnsblReport}.
 */
public final class DnsblChecker {
    private final Catalogue catalogue;
    private final Clock clock;

    public DnsblChecker(Catalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public CompletionStage<DnsblReport> check(Dns resolver, DnsblRequest request, Progress progress) {
        Instant started = clock.instant();
        Target target = request.target();
        List<ZoneQuery> queries = new ArrayList<>();
        List<DnsblList> notQueried = new ArrayList<>();
        for (DnsblList list : selectLists(request.zones())) {
            Optional<ZoneQuery> zq = ZoneQuery.forTarget(list, target, request.dqsKey());
            zq.ifPresentOrElse(queries::add, () -> notQueried.add(list));
        }
        Dns dns = new PoliteDns(resolver, queries);
        boolean wantOwner = request.owner() && !(target instanceof Target.Domain);
        progress.plan(queries.size() + (wantOwner ? 1 : 0));
        TestPointProbe testPoints = new TestPointProbe(dns);
        ZoneLookup lookup = new ZoneLookup(dns, testPoints);
        List<CompletableFuture<ZoneResult>> lookups = queries.stream()
                .map(zq -> lookup.lookup(zq, target, true).thenApply(r -> {
                    progress.finishOne();
                    return r.withFixes(DnsblFixes.forZone(r));
                }).toCompletableFuture())
                .toList();
        CompletableFuture<Optional<NetworkOwner>> owner = wantOwner
                ? new NetworkOwnerLookup(dns).lookup(target).thenApply(o -> {
                    progress.finishOne();
                    return Optional.of(o);
                }).toCompletableFuture()
                : CompletableFuture.completedFuture(Optional.empty());
        CompletableFuture<List<ZoneResult>> results = CompletableFuture
                .allOf(lookups.toArray(CompletableFuture[]::new))
                .thenApply(v -> lookups.stream().map(CompletableFuture::join).toList());
        CompletableFuture<Optional<Neighbourhood>> neighbourhood =
                scanNeighbours(dns, request, queries, testPoints, results, progress);
        return results.thenCombine(neighbourhood, Pair::new).thenCombine(owner, (pair, o) -> {
            Optional<Neighbourhood> n = pair.neighbourhood();
            List<FixStep> verdictFixes = n.map(DnsblFixes::forVerdict).orElse(List.of());
            DnsblReport report = new DnsblReport(target, dns.describe(), started,
                    Duration.between(started, clock.instant()), pair.results(), notQueried, n, o, verdictFixes);
            return EvidenceRedaction.redact(report, request.dqsKey());
        });
    }

    private record Pair(List<ZoneResult> results, Optional<Neighbourhood> neighbourhood) {
    }

    private CompletableFuture<Optional<Neighbourhood>> scanNeighbours(Dns dns, DnsblRequest request,
            List<ZoneQuery> queries, TestPointProbe testPoints, CompletableFuture<List<ZoneResult>> results,
            Progress progress) {
        if (request.neighbours().isEmpty() || !(request.target() instanceof Target.Ipv4 v4)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        DnsblRequest.NeighbourRequest nr = request.neighbours().get();
        Ipv4Range range = nr.range().orElse(Ipv4Range.of(v4.address(), 24));
        return new NeighbourhoodScanner(dns)
                .scan(v4.address(), range, nr.sample(), queries, testPoints, results, progress)
                .thenApply(Optional::of).toCompletableFuture();
    }

    /** Catalogue lists matching the ids or zone names asked for; unknown zone names become custom lists. */
    List<DnsblList> selectLists(List<String> wanted) {
        if (wanted.isEmpty()) {
            return catalogue.lists();
        }
        List<DnsblList> selected = new ArrayList<>();
        for (String w : wanted) {
            String name = w.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Optional<DnsblList> known = catalogue.lists().stream().filter(l -> matches(l, name)).findFirst();
            DnsblList list = known.orElseGet(() -> CustomZone.of(name));
            if (!selected.contains(list)) {
                selected.add(list);
            }
        }
        return selected;
    }

    private static boolean matches(DnsblList list, String name) {
        return list.id().equals(name) || name.equals(list.zones().ipv4()) || name.equals(list.zones().ipv6())
                || name.equals(list.zones().domain()) || name.equals(list.dqsZone());
    }
}
