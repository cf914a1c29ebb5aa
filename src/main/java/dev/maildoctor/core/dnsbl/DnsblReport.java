package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dnsbl.catalogue.DnsblList;
import dev.maildoctor.core.dnsbl.neighbourhood.Neighbourhood;
import dev.maildoctor.core.model.FixStep;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.network.NetworkOwner;
import dev.maildoctor.core.network.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one blocklist check found for one target.
 *
 * @param notQueried  catalogue lists shown for information only (retired, or not covering this target kind)
 * @param verdictFixes steps that follow from the neighbourhood verdict (range burned, isolated listing)
 */
public record DnsblReport(
        Target target,
        String resolver,
        Instant started,
        Duration elapsed,
        List<ZoneResult> results,
        List<DnsblList> notQueried,
        Optional<Neighbourhood> neighbourhood,
        Optional<NetworkOwner> owner,
        List<FixStep> verdictFixes) {

    public DnsblReport {
        results = List.copyOf(results);
        notQueried = List.copyOf(notQueried);
        verdictFixes = List.copyOf(verdictFixes);
    }

    /**
     * FAIL when listed where major providers block, else UNKNOWN when any list could not answer,
     * else WARN for any other listing, else PASS.
     */
    public Status status() {
        if (results.stream().anyMatch(r -> r.status() == ZoneStatus.LISTED && r.majorProvidersBlock())) {
            return Status.FAIL;
        }
        if (results.stream().anyMatch(r -> !r.status().isDefinite())) {
            return Status.UNKNOWN;
        }
        if (results.stream().anyMatch(r -> r.status() == ZoneStatus.LISTED)) {
            return Status.WARN;
        }
        return Status.PASS;
    }

    public long count(ZoneStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
