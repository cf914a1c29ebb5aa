package dev.maildoctor.core.policy;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsOutcome;
import dev.maildoctor.core.model.Status;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The TXT records at a policy name that claim a given version. Other TXT records at the same name
 * are ignored, as all three RFCs require. A failed lookup is kept apart: it means "could not tell".
 */
record TxtSelection(String name, DnsOutcome outcome, List<String> matching) {
    static CompletionStage<TxtSelection> lookup(Dns dns, String name, String version) {
        String prefix = "v=" + version.toLowerCase(Locale.ROOT);
        return dns.query(name, "TXT").handle((answer, error) -> {
            if (error != null) {
                return new TxtSelection(name, DnsOutcome.NETWORK_ERROR, List.of());
            }
            List<String> matching = answer.records().stream()
                    .filter(r -> r.stripLeading().toLowerCase(Locale.ROOT).replace(" ", "").startsWith(prefix))
                    .toList();
            return new TxtSelection(name, answer.outcome(), matching);
        });
    }

    /**
     * The finding for a lookup that did not yield exactly one record, or empty when it did.
     * Absence is INFO (all three policies are optional), duplicates are FAIL (receivers ignore them all).
     */
    Optional<PolicyFinding> problem(String absentKey, String multipleKey) {
        if (!outcome.isDefinite()) {
            return Optional.of(PolicyFinding.of(Status.UNKNOWN, "policy.dns.unknown", name,
                    outcome.name().toLowerCase(Locale.ROOT)));
        }
        if (matching.isEmpty()) {
            return Optional.of(PolicyFinding.of(Status.INFO, absentKey, name));
        }
        if (matching.size() > 1) {
            return Optional.of(PolicyFinding.of(Status.FAIL, multipleKey, name, matching.size()));
        }
        return Optional.empty();
    }

    Optional<String> single() {
        return outcome.isDefinite() && matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }
}
