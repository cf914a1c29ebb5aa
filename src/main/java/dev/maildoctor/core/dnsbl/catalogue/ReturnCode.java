package dev.maildoctor.core.dnsbl.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.maildoctor.core.model.LocalizedText;

/**
 * The meaning of one answer address (e.g. 127.0.0.2). {@code category} and
 * {@code majorProvidersBlock} override the list's own values when a combined list mixes kinds
 * (Spamhaus ZEN: SBL/XBL reputation, PBL policy).
 *
 * @param fix for refusal codes: what to change so the list answers (DQS key, own resolver)
 */
public record ReturnCode(
        String code,
        CodeStatus status,
        String label,
        LocalizedText meaning,
        ListCategory category,
        @JsonProperty("major_providers_block") Boolean majorProvidersBlock,
        LocalizedText fix) {
}
