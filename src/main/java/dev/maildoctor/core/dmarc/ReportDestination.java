package dev.maildoctor.core.dmarc;

import dev.maildoctor.core.dns.DnsExchange;
import java.util.List;

/**
 * An rua/ruf address outside the domain's organisational domain and whether it authorised the
 * domain (RFC 7489 §7.1). Receivers drop reports to destinations that did not.
 *
 * @param tag          "rua" or "ruf"
 * @param uri          the URI as written
 * @param domain       the destination's domain
 * @param queried      the name asked, {@code <record domain>._report._dmarc.<destination domain>}
 * @param viaWildcard  true when only the {@code *._report._dmarc.<destination>} record authorised it
 */
public record ReportDestination(String tag, String uri, String domain, String queried, Authorization authorized,
        boolean viaWildcard, List<DnsExchange> evidence) {
    public ReportDestination {
        evidence = List.copyOf(evidence);
    }
}
