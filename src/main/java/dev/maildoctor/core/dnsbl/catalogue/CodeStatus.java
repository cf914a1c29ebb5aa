package dev.maildoctor.core.dnsbl.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How to read one return code. */
public enum CodeStatus {
    /** The queried target is on the list. */
    @JsonProperty("listed") LISTED,
    /** The operator refused to answer (rate limit, public resolver, wrong query type): not a listing. */
    @JsonProperty("refused") REFUSED
}
