package dev.maildoctor.core.recipients;

import java.util.List;
import java.util.Optional;

/** The MX host patterns and weak hints of {@code recipients/providers.yaml}. */
public final class ProviderRules {
    private ProviderRules() {
    }

    public static ProviderRules bundled() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Display name of a provider id ("Google Workspace", "Proofpoint", ...). */
    public Optional<String> name(String providerId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Every provider id in file order, for filters and legends. */
    public List<String> ids() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
