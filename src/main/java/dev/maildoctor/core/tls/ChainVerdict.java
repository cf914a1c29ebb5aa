package dev.maildoctor.core.tls;

import java.util.Optional;

/** The outcome of validating a presented chain; {@code detail} is the validator's own wording. */
public record ChainVerdict(boolean trusted, Optional<ChainProblem> problem, Optional<String> detail) {
    public static ChainVerdict ok() {
        return new ChainVerdict(true, Optional.empty(), Optional.empty());
    }

    public static ChainVerdict rejected(ChainProblem problem, String detail) {
        return new ChainVerdict(false, Optional.of(problem), Optional.ofNullable(detail));
    }
}
