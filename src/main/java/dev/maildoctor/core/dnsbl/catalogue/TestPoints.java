package dev.maildoctor.core.dnsbl.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Names (relative to the zone) that must be listed and must not be listed, as RFC 5782 section 5
 * requires. When absent, the RFC defaults are used: 2.0.0.127 / 1.0.0.127 for IPv4, the nibbles
 * of ::FFFF:7F00:2 / ::FFFF:7F00:1 for IPv6, and "test" / "invalid" for domain lists.
 */
public record TestPoints(
        @JsonProperty("domain_listed") String domainListed,
        @JsonProperty("domain_not_listed") String domainNotListed) {
}
