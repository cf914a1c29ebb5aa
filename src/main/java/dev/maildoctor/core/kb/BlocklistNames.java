package dev.maildoctor.core.kb;

import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.Delisting;
import dev.maildoctor.core.dnsbl.catalogue.DnsblList;
import dev.maildoctor.core.dnsbl.catalogue.Zones;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Names the blocklist behind a zone that a rejection mentions, from the list catalogue. */
final class BlocklistNames {
    private final Catalogue catalogue;
    private final Map<String, String> aliases;

    BlocklistNames(Catalogue catalogue, Map<String, String> aliases) {
        this.catalogue = catalogue;
        this.aliases = Map.copyOf(aliases);
    }

    /**
     * By alias, by one of the list's zones, or by a zone under one of them (a DQS key in front of
     * zen.dq.spamhaus.net); a zone the catalogue does not know is named by itself.
     */
    BlocklistRef forZone(String rawZone) {
        String zone = rawZone.strip().toLowerCase(Locale.ROOT);
        if (zone.endsWith(".")) {
            zone = zone.substring(0, zone.length() - 1);
        }
        String aliased = aliases.get(zone);
        if (aliased != null) {
            return ref(zone, catalogue.byId(aliased).orElseThrow());
        }
        for (DnsblList list : catalogue.lists()) {
            for (String own : zonesOf(list)) {
                if (zone.equals(own) || zone.endsWith("." + own)) {
                    return ref(zone, list);
                }
            }
        }
        return new BlocklistRef(zone, zone, Optional.empty(), Optional.empty());
    }

    /** A list the data names by catalogue id; its first zone stands for it. */
    BlocklistRef forList(String id) {
        DnsblList list = catalogue.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown list " + id));
        return ref(zonesOf(list).stream().findFirst().orElse(list.id()), list);
    }

    boolean knows(String id) {
        return catalogue.byId(id).isPresent();
    }

    private static BlocklistRef ref(String zone, DnsblList list) {
        Optional<String> delist = list.retired() ? Optional.empty()
                : Optional.ofNullable(list.delisting()).map(Delisting::url);
        return new BlocklistRef(zone, list.name(), Optional.of(list.id()), delist);
    }

    private static List<String> zonesOf(DnsblList list) {
        List<String> zones = new ArrayList<>();
        Zones z = list.zones();
        if (z != null) {
            zones.add(z.ipv4());
            zones.add(z.ipv6());
            zones.add(z.domain());
        }
        zones.add(list.dqsZone());
        return zones.stream().filter(Objects::nonNull).distinct().toList();
    }
}
