package dev.maildoctor.core.dnsbl;

/** Per-zone answer. {@link #REFUSED} and {@link #ERROR} are never counted as clean. */
public enum ZoneStatus {
    LISTED, NOT_LISTED,
    /** The operator answered with an error code (rate limit, public resolver, ...): no verdict. */
    REFUSED,
    /** Timeout, SERVFAIL, REFUSED rcode or a failed RFC 5782 test point: no verdict. */
    ERROR;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isDefinite() {
        return this == LISTED || this == NOT_LISTED;
    }
}
