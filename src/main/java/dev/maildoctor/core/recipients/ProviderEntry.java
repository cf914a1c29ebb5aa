package dev.maildoctor.core.recipients;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One provider of {@code providers.yaml}.
 *
 * @param id   the verdict for domains whose primary MX matches (gateways: the gateway's id)
 * @param name display name, a brand
 * @param mx   host patterns: exact hosts or {@code *.suffix}
 */
public record ProviderEntry(String id, String name, ProviderKind kind, List<String> mx) {
    public ProviderEntry {
        mx = mx == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(mx));
    }
}
