package dev.maildoctor.core.dns;

/** What came back for a question, as far as a diagnosis cares. */
public enum DnsOutcome {
    /** NOERROR with at least one record of the asked type. */
    ANSWER,
    /** NOERROR without records of the asked type (NODATA). */
    NO_DATA,
    NXDOMAIN,
    SERVFAIL,
    REFUSED,
    /** Another rcode (FORMERR, NOTIMP, ...). */
    OTHER_RCODE,
    /** No answer within the timeout, after the retry. */
    TIMEOUT,
    /** Could not talk to the resolver at all (connection refused, unreachable). */
    NETWORK_ERROR;

    /** True when the answer tells us something about the name (it exists or it does not). */
    public boolean isDefinite() {
        return this == ANSWER || this == NO_DATA || this == NXDOMAIN;
    }
}
