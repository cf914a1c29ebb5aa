package dev.maildoctor.core.dnsbl.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who can get an entry removed. */
public enum DelistActor {
    /** The sender can request removal (self-service form) once the cause is fixed. */
    @JsonProperty("you") YOU,
    /** Only the network's owner (hosting/ISP) can act, e.g. range and policy listings. */
    @JsonProperty("provider") PROVIDER,
    /** The list removes entries by itself after a quiet period; nothing to file. */
    @JsonProperty("automatic") AUTOMATIC,
    /** Removal is at the operator's discretion (or paid express delisting). */
    @JsonProperty("list_operator") LIST_OPERATOR
}
