package dev.maildoctor.core.policy;

import dev.maildoctor.core.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The values of a fetched policy file (RFC 8461 section 3.2), judged without the MX records. */
final class MtaStsPolicyRules {
    /** The RFC's upper bound for max_age: about one year. */
    static final long MAX_AGE_LIMIT = 31_557_600L;
    /** Below a day, a policy barely protects anything between fetches; the RFC suggests weeks. */
    static final long MAX_AGE_SHORT = 86_400L;

    private MtaStsPolicyRules() {
    }

    static List<PolicyFinding> evaluate(MtaStsPolicy policy) {
        List<PolicyFinding> out = new ArrayList<>();
        Optional<String> version = policy.version();
        if (version.isEmpty()) {
            out.add(PolicyFinding.of(Status.FAIL, "policy.mtasts.version.missing"));
        } else if (!version.get().equals("STSv1")) {
            out.add(PolicyFinding.of(Status.FAIL, "policy.mtasts.version.invalid", version.get()));
        }
        String mode = policy.mode().orElse("");
        switch (mode) {
            case "enforce" -> out.add(PolicyFinding.of(Status.PASS, "policy.mtasts.mode.enforce"));
            case "testing" -> out.add(PolicyFinding.of(Status.INFO, "policy.mtasts.mode.testing"));
            case "none" -> out.add(PolicyFinding.of(Status.WARN, "policy.mtasts.mode.none"));
            case "" -> out.add(PolicyFinding.of(Status.FAIL, "policy.mtasts.mode.missing"));
            default -> out.add(PolicyFinding.of(Status.FAIL, "policy.mtasts.mode.invalid", mode));
        }
        maxAge(policy.maxAge()).ifPresent(out::add);
        if (policy.mx().isEmpty() && !mode.equals("none")) {
            out.add(PolicyFinding.of(Status.FAIL, "policy.mtasts.mx.missing"));
        }
        return out;
    }

    private static Optional<PolicyFinding> maxAge(Optional<String> text) {
        if (text.isEmpty()) {
            return Optional.of(PolicyFinding.of(Status.FAIL, "policy.mtasts.max_age.missing"));
        }
        String v = text.get();
        if (!v.matches("[0-9]{1,10}") || Long.parseLong(v) > MAX_AGE_LIMIT) {
            return Optional.of(PolicyFinding.of(Status.FAIL, "policy.mtasts.max_age.invalid", v));
        }
        if (Long.parseLong(v) < MAX_AGE_SHORT) {
            return Optional.of(PolicyFinding.of(Status.WARN, "policy.mtasts.max_age.short", v));
        }
        return Optional.empty();
    }
}
