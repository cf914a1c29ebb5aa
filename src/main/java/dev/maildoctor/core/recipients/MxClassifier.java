package dev.maildoctor.core.recipients;

import dev.maildoctor.core.dns.Dns;
import java.util.concurrent.CompletionStage;

/** Classifies one recipient domain by its MX records (and, behind a gateway, weak hints). */
public final class MxClassifier {
    private final Dns dns;
    private final ProviderRules rules;

    public MxClassifier(Dns dns, ProviderRules rules) {
        this.dns = dns;
        this.rules = rules;
    }

    /** Never fails the stage: DNS failures give verdict {@code unknown} with status UNKNOWN. */
    public CompletionStage<DomainClassification> classify(RecipientDomain domain) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
