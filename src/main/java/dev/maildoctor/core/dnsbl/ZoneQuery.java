package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dnsbl.catalogue.DnsblList;
import dev.maildoctor.core.network.Target;
import java.util.Optional;

/**
 * One list's zone chosen for one kind of target.
 *
 * @param zone        the zone actually queried (may contain the DQS key)
 * @param displayZone the zone as shown to the user (the key replaced by a placeholder)
 */
public record ZoneQuery(DnsblList list, String zone, String displayZone) {
    public static final String KEY_PLACEHOLDER = "<dqs-key>";

    /** The zone of {@code list} for this kind of target, or empty when the list does not cover it. */
    public static Optional<ZoneQuery> forTarget(DnsblList list, Target target, String dqsKey) {
        String zone;
        if (target instanceof Target.Ipv4) {
            zone = list.zones().ipv4();
        } else if (target instanceof Target.Ipv6) {
            zone = list.zones().ipv6();
        } else {
            zone = list.zones().domain();
        }
        if (zone == null || list.retired()) {
            return Optional.empty();
        }
        if (dqsKey != null && !dqsKey.isBlank() && list.dqsZone() != null) {
            String dqs = list.dqsZone();
            return Optional.of(new ZoneQuery(list, dqsKey.strip() + "." + dqs, KEY_PLACEHOLDER + "." + dqs));
        }
        return Optional.of(new ZoneQuery(list, zone, zone));
    }

    public String nameFor(String label) {
        return label + "." + zone;
    }

    public String displayNameFor(String label) {
        return label + "." + displayZone;
    }

    public boolean usesDqs() {
        return !zone.equals(displayZone);
    }
}
