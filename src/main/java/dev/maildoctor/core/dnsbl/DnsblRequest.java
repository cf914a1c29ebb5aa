package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dnsbl.neighbourhood.Ipv4Range;
import dev.maildoctor.core.network.Target;
import java.util.List;
import java.util.Optional;

/**
 * What to check.
 *
 * @param zones      list ids or zone names to restrict the check to; empty means the whole catalogue
 * @param dqsKey     Spamhaus DQS key, or null to use the public mirrors
 * @param neighbours whether and how to scan the neighbourhood (IPv4 only)
 * @param owner      whether to look up PTR / ASN / holder
 */
public record DnsblRequest(Target target, List<String> zones, String dqsKey, Optional<NeighbourRequest> neighbours,
                           boolean owner) {
    public DnsblRequest {
        zones = List.copyOf(zones);
    }

    public static DnsblRequest of(Target target) {
        return new DnsblRequest(target, List.of(), null, Optional.empty(), true);
    }

    public DnsblRequest withNeighbours(NeighbourRequest request) {
        return new DnsblRequest(target, zones, dqsKey, Optional.of(request), owner);
    }

    public DnsblRequest withZones(List<String> only) {
        return new DnsblRequest(target, only, dqsKey, neighbours, owner);
    }

    public DnsblRequest withDqsKey(String key) {
        return new DnsblRequest(target, zones, key, neighbours, owner);
    }

    /** @param range the range to sample, or empty for the target's /24 */
    public record NeighbourRequest(Optional<Ipv4Range> range, int sample) {
    }
}
