package dev.maildoctor.core.recipients;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.model.Progress;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Classifies many domains concurrently (a bounded number in flight), reporting progress per
 * domain; results come back in input order. Cancel through a CancellableDns.
 */
public final class BulkClassifier {
    private final MxClassifier classifier;

    public BulkClassifier(Dns dns, ProviderRules rules) {
        this.classifier = new MxClassifier(dns, rules);
    }

    public CompletionStage<List<DomainClassification>> classifyAll(List<RecipientDomain> domains, Progress progress) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
