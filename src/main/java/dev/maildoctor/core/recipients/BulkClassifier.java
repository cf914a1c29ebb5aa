package dev.maildoctor.core.recipients;

import dev.maildoctor.core.dns.AsyncLimiter;
import dev.maildoctor.core.dns.CancellableDns;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Classifies many domains concurrently (a bounded number in flight), reporting progress per
 * domain; results come back in input order. Cancel through a CancellableDns: domains not started
 * fail their first question at once, and domains waiting for an answer are given up within
 * {@value #CANCEL_POLL_MILLIS} ms, all as {@code unknown} ("cancelled").
 */
public final class BulkClassifier {
    /** Domains in flight; each asks one to seven questions, and the Dns caps questions in flight itself. */
    public static final int DEFAULT_IN_FLIGHT = 200;
    static final long CANCEL_POLL_MILLIS = 50;

    private final Dns dns;
    private final MxClassifier classifier;
    private final int inFlight;

    public BulkClassifier(Dns dns, ProviderRules rules) {
        this(dns, rules, DEFAULT_IN_FLIGHT);
    }

    public BulkClassifier(Dns dns, ProviderRules rules, int inFlight) {
        if (inFlight < 1) {
            throw new IllegalArgumentException("inFlight must be at least 1: " + inFlight);
        }
        this.dns = dns;
        this.classifier = new MxClassifier(dns, rules);
        this.inFlight = inFlight;
    }

    /** Never fails the stage: each domain's failure is that domain's {@code unknown} verdict. */
    public CompletionStage<List<DomainClassification>> classifyAll(List<RecipientDomain> domains, Progress progress) {
        progress.plan(domains.size());
        AsyncLimiter limiter = new AsyncLimiter(inFlight);
        List<CompletableFuture<DomainClassification>> results = new ArrayList<>(domains.size());
        List<CompletableFuture<DomainClassification>> counted = new ArrayList<>(domains.size());
        for (RecipientDomain domain : domains) {
            CompletableFuture<DomainClassification> result = new CompletableFuture<>();
            results.add(result);
            // complete() wins once, so a domain given up on cancel is counted once, whatever comes later;
            // the run ends after the count, so a caller never sees the results before 100 %.
            counted.add(result.whenComplete((c, e) -> progress.finishOne()));
            limiter.submit(() -> classifier.classify(domain)).whenComplete((c, e) -> result.complete(
                    c != null ? c : MxClassifier.unknown(domain, List.of(), Msg.of("recipients.problem.failed", "MX", String.valueOf(e)))));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(counted.toArray(CompletableFuture[]::new));
        if (dns instanceof CancellableDns cancellable) {
            watchForCancel(cancellable, domains, results, all);
        }
        return all.thenApply(done -> results.stream().map(CompletableFuture::join).toList());
    }

    /** CancellableDns has no listener, so look now and then until the run ends. */
    private static void watchForCancel(CancellableDns dns, List<RecipientDomain> domains,
                                       List<CompletableFuture<DomainClassification>> results,
                                       CompletableFuture<Void> all) {
        if (all.isDone()) {
            return;
        }
        if (dns.isCancelled()) {
            for (int i = 0; i < results.size(); i++) {
                results.get(i).complete(MxClassifier.unknown(domains.get(i), List.of(), Msg.of("recipients.problem.cancelled")));
            }
            return;
        }
        Executor later = CompletableFuture.delayedExecutor(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
        later.execute(() -> watchForCancel(dns, domains, results, all));
    }
}
