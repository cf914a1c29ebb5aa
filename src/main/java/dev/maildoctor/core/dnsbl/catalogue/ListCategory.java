package dev.maildoctor.core.dnsbl.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of judgement a list (or one of its return codes) expresses. */
public enum ListCategory {
    /** The address itself sent spam or is compromised. */
    @JsonProperty("reputation") REPUTATION,
    /** Not an accusation: the address should not send mail directly (dynamic, end-user ranges). */
    @JsonProperty("policy") POLICY,
    /** The provider's allocation around the address is listed (e.g. UCEPROTECT level 2). */
    @JsonProperty("range") RANGE,
    /** The whole autonomous system is listed (e.g. UCEPROTECT level 3). */
    @JsonProperty("asn") ASN,
    /** Meant for spam scoring, not for outright rejection. */
    @JsonProperty("scoring_only") SCORING_ONLY;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Range and ASN listings say the neighbourhood, not the single address, is the problem. */
    public boolean isWiderThanOneAddress() {
        return this == RANGE || this == ASN;
    }
}
