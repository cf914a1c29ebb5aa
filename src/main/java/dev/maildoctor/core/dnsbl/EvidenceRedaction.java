package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.dnsbl.neighbourhood.Neighbourhood;
import java.util.List;
import java.util.Optional;

/** Removes the Spamhaus DQS key from query names so it never reaches a report, log or clipboard. */
final class EvidenceRedaction {
    private EvidenceRedaction() {
    }

    static DnsblReport redact(DnsblReport report, String key) {
        if (key == null || key.isBlank()) {
            return report;
        }
        String secret = key.strip();
        List<ZoneResult> results = report.results().stream()
                .map(r -> r.withEvidence(redact(r.evidence(), secret)))
                .toList();
        Optional<Neighbourhood> n = report.neighbourhood().map(h -> new Neighbourhood(h.range(), h.sampled(),
                h.scanned(), h.listed(), h.tallies(), h.cells(), h.verdict(), h.reason(), redact(h.evidence(), secret)));
        return new DnsblReport(report.target(), report.resolver(), report.started(), report.elapsed(), results,
                report.notQueried(), n, report.owner(), report.verdictFixes());
    }

    private static List<DnsExchange> redact(List<DnsExchange> evidence, String secret) {
        return evidence.stream().map(e -> e.redact(secret, ZoneQuery.KEY_PLACEHOLDER)).toList();
    }
}
