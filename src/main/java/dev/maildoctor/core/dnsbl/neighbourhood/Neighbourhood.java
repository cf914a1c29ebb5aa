package dev.maildoctor.core.dnsbl.neighbourhood;

import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.model.Msg;
import java.util.List;

/**
 * Result of a neighbourhood scan.
 *
 * @param scanned neighbours with at least one definite answer (the target is not counted)
 * @param listed  of those, how many are listed on at least one reputation list
 * @param reason  the numbers behind the verdict, as a message
 */
public record Neighbourhood(
        Ipv4Range range,
        int sampled,
        int scanned,
        int listed,
        List<ListTally> tallies,
        List<Cell> cells,
        Verdict verdict,
        Msg reason,
        List<DnsExchange> evidence) {

    public Neighbourhood {
        tallies = List.copyOf(tallies);
        cells = List.copyOf(cells);
        evidence = List.copyOf(evidence);
    }

    public double share() {
        return scanned == 0 ? 0 : (double) listed / scanned;
    }
}
