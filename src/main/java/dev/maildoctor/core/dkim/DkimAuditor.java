package dev.maildoctor.core.dkim;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Audits the DKIM keys of a domain: merges the selectors of a message, the user and the
 * provider-known list, looks them all up at once and judges every key found.
 */
public final class DkimAuditor {
    private final Dns dns;
    private final KnownSelectors known;

    public DkimAuditor(Dns dns, KnownSelectors known) {
        this.dns = dns;
        this.known = known;
    }

    /** @throws InvalidInputException for a malformed domain or selector, or nothing to look up */
    public CompletionStage<DkimReport> audit(DkimRequest request) {
        List<SelectorCandidate> candidates = plan(request);
        SelectorLookup lookup = new SelectorLookup(dns);
        List<CompletableFuture<SelectorResult>> lookups = new ArrayList<>();
        for (SelectorCandidate c : candidates) {
            lookups.add(lookup.lookup(c.queryName()).thenApply(a -> SelectorJudge.judge(c, a)).toCompletableFuture());
        }
        return CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new))
                .thenApply(done -> ReportSummary.of(lookups.stream().map(CompletableFuture::join).toList()));
    }

    /** The selectors to try, without repeats; message signatures first. */
    List<SelectorCandidate> plan(DkimRequest request) {
        SelectorPlan plan = new SelectorPlan();
        List<SignedSelector> signed = request.message().isBlank() ? List.of() : SignatureSelectors.read(request.message());
        for (SignedSelector s : signed) {
            plan.add(s.selector(), s.domain(), SelectorSource.MESSAGE, null);
        }
        Set<String> domains = new LinkedHashSet<>();
        if (!request.domain().isEmpty()) {
            String domain = SignatureSelectors.domain(request.domain());
            if (domain == null) {
                throw new InvalidInputException(Msg.of("dkim.input.bad_domain", request.domain()));
            }
            domains.add(domain);
        } else {
            signed.forEach(s -> domains.add(s.domain()));
        }
        if (domains.isEmpty()) {
            throw new InvalidInputException(Msg.of("dkim.input.no_domain"));
        }
        for (String selector : request.selectors()) {
            String s = selector.strip();
            if (!Selectors.isValid(s)) {
                throw new InvalidInputException(Msg.of("dkim.input.bad_selector", selector));
            }
            domains.forEach(d -> plan.add(s, d, SelectorSource.USER, null));
        }
        if (request.tryKnown()) {
            for (KnownSelectors.Known k : known.all()) {
                domains.forEach(d -> plan.add(k.selector(), d, SelectorSource.PROVIDER, k.provider()));
            }
        }
        List<SelectorCandidate> candidates = plan.candidates();
        if (candidates.isEmpty()) {
            throw new InvalidInputException(Msg.of("dkim.input.no_selectors"));
        }
        return candidates;
    }
}
