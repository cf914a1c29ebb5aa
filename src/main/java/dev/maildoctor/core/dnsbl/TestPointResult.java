package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.model.Msg;
import java.util.List;
import java.util.Optional;

/**
 * Outcome of the RFC 5782 test-point probe of one zone through the configured resolver path.
 *
 * @param refusal when the operator refused the probe (e.g. 127.255.255.254 via a public resolver)
 * @param problem when the zone did not behave like a working DNSBL, the explanation
 */
public record TestPointResult(Optional<CodeReading> refusal, Optional<Msg> problem, List<DnsExchange> evidence) {
    public TestPointResult {
        evidence = List.copyOf(evidence);
    }

    public boolean healthy() {
        return refusal.isEmpty() && problem.isEmpty();
    }
}
