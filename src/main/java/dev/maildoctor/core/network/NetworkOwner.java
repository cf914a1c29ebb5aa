package dev.maildoctor.core.network;

import dev.maildoctor.core.dns.DnsExchange;
import java.util.List;
import java.util.Optional;

/**
 * Who the address belongs to: its reverse name and the routing data from Team Cymru.
 *
 * @param complete false when some lookup could not be completed (the missing fields are unknown, not absent)
 */
public record NetworkOwner(
        Optional<String> ptr,
        boolean ptrGeneric,
        Fcrdns fcrdns,
        Optional<String> asn,
        Optional<String> prefix,
        Optional<String> country,
        Optional<String> registry,
        Optional<String> holder,
        boolean complete,
        List<DnsExchange> evidence) {

    public NetworkOwner {
        evidence = List.copyOf(evidence);
    }
}
