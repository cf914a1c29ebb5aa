package dev.maildoctor.core.dnsbl.neighbourhood;

/** Whose problem a listing is: the single address's, or the provider's whole range. */
public enum Verdict {
    /** A substantial share of neighbours is listed, or a range/ASN list lists the address. */
    PROVIDER_RANGE,
    /** The address is listed, its neighbours mostly are not. */
    ISOLATED,
    CLEAN,
    /** Too few answers to tell. */
    UNKNOWN;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
