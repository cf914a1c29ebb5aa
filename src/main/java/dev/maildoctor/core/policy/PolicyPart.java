package dev.maildoctor.core.policy;

import dev.maildoctor.core.model.Status;
import java.util.List;
import java.util.Optional;

/**
 * The result for one of the policies: the DNS name asked, the record found there (when exactly one
 * applied) and the findings, most important first as they were produced.
 */
public record PolicyPart(String recordName, Optional<String> record, List<PolicyFinding> findings) {
    public PolicyPart {
        findings = List.copyOf(findings);
    }

    /** The worst status of the findings; FAIL outranks UNKNOWN, which outranks WARN, INFO and PASS. */
    public Status status() {
        Status worst = Status.PASS;
        for (PolicyFinding f : findings) {
            if (rank(f.status()) > rank(worst)) {
                worst = f.status();
            }
        }
        return worst;
    }

    public boolean has(String key) {
        return findings.stream().anyMatch(f -> f.key().equals(key));
    }

    static int rank(Status s) {
        return switch (s) {
            case PASS -> 0;
            case INFO -> 1;
            case WARN -> 2;
            case UNKNOWN -> 3;
            case FAIL -> 4;
        };
    }
}
