package dev.maildoctor.core.diagnosis;

/** What the blocklist check proves about a reputation bounce. */
public enum ProofKind {
    /** Many neighbours are listed, or a range/ASN list lists the address: the provider's range is burned. */
    PROVIDER_RANGE,
    /** The address is listed, its neighbours mostly are not: fix this server, then delist. */
    ISOLATED,
    /** The address is listed; the neighbourhood was not checked or could not be judged. */
    LISTED,
    /** Listed nowhere: the refusal is about the domain, the content or the volume. */
    CLEAN,
    /** Some lists could not answer and none of the others lists the address. */
    UNKNOWN;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
