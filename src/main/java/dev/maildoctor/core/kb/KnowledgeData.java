package dev.maildoctor.core.kb;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole knowledge-base file.
 *
 * @param zoneAliases zones that bounces name but the catalogue lists under another zone
 *                    (sbl.spamhaus.org is part of Spamhaus ZEN), mapped to catalogue ids
 */
public record KnowledgeData(@JsonProperty("zone_aliases") Map<String, String> zoneAliases, List<EntryData> entries) {
    public KnowledgeData {
        // Copies that keep nulls, so that the validator can name the broken item.
        zoneAliases = zoneAliases == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(zoneAliases));
        entries = entries == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(entries));
    }
}
