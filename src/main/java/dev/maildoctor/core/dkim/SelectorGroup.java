package dev.maildoctor.core.dkim;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One group of {@code selectors.yaml}: the selectors one provider (or kind of software) publishes.
 *
 * @param provider  display name, a brand
 * @param selectors selector names, looked up as {@code <selector>._domainkey.<domain>}
 */
public record SelectorGroup(@JsonProperty("provider") String provider,
                            @JsonProperty("selectors") List<String> selectors) {
    public SelectorGroup {
        // Copies that keep nulls, so that the validator can name the broken item.
        selectors = selectors == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(selectors));
    }
}
