package dev.maildoctor.core.dnsbl.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.maildoctor.core.model.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * One blocklist as described in {@code dnsbl/catalogue.yaml}.
 *
 * @param dqsZone  Spamhaus Data Query Service zone; queried as {@code <key>.<dqsZone>} when a key is set
 * @param retired  a list that no longer exists (SORBS): shown for information, never queried
 */
public record DnsblList(
        String id,
        String name,
        String operator,
        String website,
        ListCategory category,
        @JsonProperty("major_providers_block") boolean majorProvidersBlock,
        Zones zones,
        @JsonProperty("dqs_zone") String dqsZone,
        @JsonProperty("test_points") TestPoints testPoints,
        List<ReturnCode> codes,
        @JsonProperty("default_meaning") LocalizedText defaultMeaning,
        LocalizedText description,
        Delisting delisting,
        QueryLimits limits,
        boolean retired,
        @JsonProperty("retired_note") LocalizedText retiredNote) {

    public DnsblList {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    public Optional<ReturnCode> code(String address) {
        return codes.stream().filter(c -> c.code().equals(address)).findFirst();
    }
}
