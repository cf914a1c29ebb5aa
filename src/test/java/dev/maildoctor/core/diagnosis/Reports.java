package dev.maildoctor.core.diagnosis;

import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.ZoneQuery;
import dev.maildoctor.core.dnsbl.ZoneResult;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import dev.maildoctor.core.dnsbl.catalogue.DnsblList;
import dev.maildoctor.core.dnsbl.catalogue.ListCategory;
import dev.maildoctor.core.dnsbl.neighbourhood.Ipv4Range;
import dev.maildoctor.core.dnsbl.neighbourhood.ListTally;
import dev.maildoctor.core.dnsbl.neighbourhood.Neighbourhood;
import dev.maildoctor.core.dnsbl.neighbourhood.Verdict;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.network.TargetParser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Blocklist reports built by hand: the check's results without any DNS. */
final class Reports {
    static final Catalogue CATALOGUE = CatalogueLoader.loadBundled();

    private final String ip;
    private final List<ZoneResult> results = new ArrayList<>();
    private Optional<Neighbourhood> neighbourhood = Optional.empty();

    private Reports(String ip) {
        this.ip = ip;
    }

    static Reports of(String ip) {
        return new Reports(ip);
    }

    Reports zone(String listId, ZoneStatus status) {
        DnsblList list = CATALOGUE.byId(listId).orElseThrow();
        return zone(list, status, list.category());
    }

    Reports zone(String listId, ZoneStatus status, ListCategory category) {
        return zone(CATALOGUE.byId(listId).orElseThrow(), status, category);
    }

    private Reports zone(DnsblList list, ZoneStatus status, ListCategory category) {
        String zone = list.zones().ipv4();
        List<String> codes = status == ZoneStatus.LISTED ? List.of("127.0.0.2") : List.of();
        results.add(new ZoneResult(new ZoneQuery(list, zone, zone), "x." + zone, status, codes, List.of(), category,
                list.majorProvidersBlock(), Optional.empty(), Optional.empty(), List.of(), List.of()));
        return this;
    }

    /** @param tallies list id and listed neighbours, pairwise */
    Reports neighbours(Verdict verdict, int scanned, int listed, Object... tallies) {
        List<ListTally> t = new ArrayList<>();
        for (int i = 0; i < tallies.length; i += 2) {
            DnsblList list = CATALOGUE.byId((String) tallies[i]).orElseThrow();
            t.add(new ListTally(list.id(), list.name(), scanned, (Integer) tallies[i + 1], 0));
        }
        String range = ip.substring(0, ip.lastIndexOf('.')) + ".0/24";
        neighbourhood = Optional.of(new Neighbourhood(Ipv4Range.parse(range), scanned, scanned, listed, t, List.of(),
                verdict, Msg.of("neighbourhood.reason.clean", listed, scanned, 0, range), List.of()));
        return this;
    }

    DnsblReport build() {
        return new DnsblReport(TargetParser.parse(ip), "127.0.0.1", Instant.EPOCH, Duration.ofMillis(120), results,
                List.of(), neighbourhood, Optional.empty(), List.of());
    }
}
