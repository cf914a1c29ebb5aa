package dev.maildoctor.core.dnsbl.neighbourhood;

import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.dnsbl.ZoneQuery;
import dev.maildoctor.core.dnsbl.ZoneResult;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.model.Msg;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the scan's answers into the verdict and the numbers behind it. */
final class NeighbourhoodVerdict {
    /** From this share of listed neighbours on, the range, not the address, is the problem. */
    static final double SUBSTANTIAL_SHARE = 0.25;
    /** Below this share of answered neighbours we do not judge at all. */
    static final double MIN_ANSWERED = 0.5;

    private NeighbourhoodVerdict() {
    }

    static Neighbourhood judge(Ipv4Range range, List<Inet4Address> sample, List<ZoneQuery> zones,
                               List<NeighbourhoodScanner.Hit> hits, List<ZoneResult> targetResults) {
        Map<Inet4Address, List<String>> listedOn = new LinkedHashMap<>();
        Map<Inet4Address, Boolean> answered = new LinkedHashMap<>();
        for (Inet4Address a : sample) {
            listedOn.put(a, new ArrayList<>());
            answered.put(a, false);
        }
        List<DnsExchange> evidence = new ArrayList<>();
        for (NeighbourhoodScanner.Hit hit : hits) {
            evidence.add(hit.exchange());
            if (hit.reading().status().isDefinite()) {
                answered.put(hit.address(), true);
            }
            if (NeighbourhoodScanner.isReputationListing(hit)) {
                listedOn.get(hit.address()).add(hit.zone().list().id());
            }
        }
        List<Cell> cells = new ArrayList<>();
        int scanned = 0;
        int listed = 0;
        for (Inet4Address a : sample) {
            boolean isListed = !listedOn.get(a).isEmpty();
            boolean isAnswered = answered.get(a);
            scanned += isAnswered ? 1 : 0;
            listed += isListed ? 1 : 0;
            CellState state = isListed ? CellState.LISTED : isAnswered ? CellState.CLEAN : CellState.UNKNOWN;
            cells.add(new Cell(a, state, listedOn.get(a)));
        }
        List<ListTally> tallies = tallies(zones, hits);
        Optional<ZoneResult> wide = targetResults.stream()
                .filter(r -> r.status() == ZoneStatus.LISTED && r.category().isWiderThanOneAddress())
                .findFirst();
        boolean targetListed = targetResults.stream().anyMatch(r -> r.status() == ZoneStatus.LISTED
                && NeighbourhoodScanner.countsForNeighbours(r.category()));
        double share = scanned == 0 ? 0 : (double) listed / scanned;
        int percent = (int) Math.round(share * 100);
        Verdict verdict;
        Msg reason;
        if (wide.isPresent()) {
            verdict = Verdict.PROVIDER_RANGE;
            reason = Msg.of("neighbourhood.reason.wide_listing", wide.get().list().name(), listed, scanned, range.toString());
        } else if (sample.isEmpty() || zones.isEmpty() || scanned < Math.max(1, sample.size() * MIN_ANSWERED)) {
            verdict = Verdict.UNKNOWN;
            reason = Msg.of("neighbourhood.reason.too_few", scanned, sample.size(), zones.size());
        } else if (share >= SUBSTANTIAL_SHARE) {
            verdict = Verdict.PROVIDER_RANGE;
            reason = Msg.of("neighbourhood.reason.many_listed", listed, scanned, percent, range.toString(), worst(tallies));
        } else if (targetListed) {
            verdict = Verdict.ISOLATED;
            reason = Msg.of("neighbourhood.reason.isolated", listed, scanned, percent, range.toString());
        } else {
            verdict = Verdict.CLEAN;
            reason = Msg.of("neighbourhood.reason.clean", listed, scanned, percent, range.toString());
        }
        return new Neighbourhood(range, sample.size(), scanned, listed, tallies, cells, verdict, reason, evidence);
    }

    private static List<ListTally> tallies(List<ZoneQuery> zones, List<NeighbourhoodScanner.Hit> hits) {
        List<ListTally> result = new ArrayList<>();
        for (ZoneQuery zq : zones) {
            int answered = 0;
            int listed = 0;
            int unanswered = 0;
            for (NeighbourhoodScanner.Hit hit : hits) {
                if (hit.zone() != zq) {
                    continue;
                }
                if (hit.reading().status().isDefinite()) {
                    answered++;
                } else {
                    unanswered++;
                }
                if (NeighbourhoodScanner.isReputationListing(hit)) {
                    listed++;
                }
            }
            result.add(new ListTally(zq.list().id(), zq.list().name(), answered, listed, unanswered));
        }
        return result;
    }

    /** The list with most listed neighbours, named in the verdict ("... on SPFBL"). */
    private static String worst(List<ListTally> tallies) {
        return tallies.stream().max((a, b) -> Integer.compare(a.listed(), b.listed()))
                .map(ListTally::listName).orElse("");
    }
}
