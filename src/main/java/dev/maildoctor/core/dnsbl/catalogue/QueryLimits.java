package dev.maildoctor.core.dnsbl.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.maildoctor.core.model.LocalizedText;

/**
 * The operator's usage terms as far as we can respect them.
 *
 * @param maxConcurrent  most queries we keep in flight to this list at once (politeness)
 * @param neighbourScan  whether the list may be used for a neighbourhood scan at all
 * @param maxPerSecond   the operator's published query rate, or null when none is published
 * @param burst          how many queries may go at once before pacing to {@code maxPerSecond}
 * @param note           the terms in words (free-use thresholds, registration, ...)
 */
public record QueryLimits(
        @JsonProperty("max_concurrent") int maxConcurrent,
        @JsonProperty("neighbour_scan") boolean neighbourScan,
        @JsonProperty("max_per_second") Double maxPerSecond,
        Integer burst,
        LocalizedText note) {
}
