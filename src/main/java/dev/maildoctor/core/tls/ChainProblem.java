package dev.maildoctor.core.tls;

/** Why a presented chain is not trusted, coarsely enough to choose a message and a fix. */
public enum ChainProblem {
    /** No path to a trusted root: self-signed, a private CA, or a missing intermediate certificate. */
    UNKNOWN_ISSUER,
    EXPIRED,
    NOT_YET_VALID,
    /** Anything else the validator rejects (revoked, weak algorithm, bad signature, wrong usage). */
    OTHER;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
