package dev.maildoctor.core.dnsbl.catalogue;

import java.util.List;
import java.util.Optional;

/** All known blocklists, in display order. */
public record Catalogue(List<DnsblList> lists) {
    public Catalogue {
        lists = List.copyOf(lists);
    }

    /** Lists that are still operated (retired ones are shown but never queried). */
    public List<DnsblList> active() {
        return lists.stream().filter(l -> !l.retired()).toList();
    }

    public Optional<DnsblList> byId(String id) {
        return lists.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
