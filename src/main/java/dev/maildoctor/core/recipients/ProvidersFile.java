package dev.maildoctor.core.recipients;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The whole {@code providers.yaml} as written (see the file's header for the format); checked by
 * {@link ProvidersValidator} and compiled into {@link ProviderRules}.
 */
public record ProvidersFile(List<ProviderEntry> providers, List<HintEntry> hints) {
    public ProvidersFile {
        // Copies that keep nulls, so that the validator can name the broken item.
        providers = providers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(providers));
        hints = hints == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(hints));
    }
}
