package dev.maildoctor.core.recipients;

import dev.maildoctor.core.dns.Dns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Weak signs of the mailbox provider behind a gateway: the domain's SPF includes and DKIM
 * selectors the providers set up. All questions go out at once; a failed one gives no hint.
 */
final class GatewayHints {
    private final Dns dns;
    private final ProviderRules rules;

    GatewayHints(Dns dns, ProviderRules rules) {
        this.dns = dns;
        this.rules = rules;
    }

    CompletionStage<List<Hint>> find(String domain) {
        CompletableFuture<Lookup> txt = Lookup.ask(dns, domain, "TXT").toCompletableFuture();
        // Rules that share a selector and type share the question.
        Map<Question, CompletableFuture<Lookup>> dkim = new LinkedHashMap<>();
        for (ProviderRules.DkimRule rule : rules.dkimRules()) {
            Question q = Question.of(rule, domain);
            dkim.computeIfAbsent(q, k -> Lookup.ask(dns, q.name(), q.type()).toCompletableFuture());
        }
        List<CompletableFuture<Lookup>> all = new ArrayList<>(dkim.values());
        all.add(txt);
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Set<Hint> hints = new LinkedHashSet<>(spfHints(txt.join()));
            for (ProviderRules.DkimRule rule : rules.dkimRules()) {
                Question q = Question.of(rule, domain);
                dkimHint(rule, q.name(), dkim.get(q).join(), hints);
            }
            return List.copyOf(hints);
        });
    }

    /** The DKIM question a rule asks: a CNAME when it names a target, otherwise TXT. */
    private record Question(String name, String type) {
        static Question of(ProviderRules.DkimRule rule, String domain) {
            return new Question(rule.selector() + "._domainkey." + domain, rule.cname().isPresent() ? "CNAME" : "TXT");
        }
    }

    private List<Hint> spfHints(Lookup txt) {
        List<Hint> hints = new ArrayList<>();
        for (String record : txt.records()) {
            String r = record.strip().toLowerCase(Locale.ROOT);
            if (!r.equals("v=spf1") && !r.startsWith("v=spf1 ")) {
                continue;
            }
            for (String term : r.split("\\s+")) {
                String t = term.startsWith("+") || term.startsWith("-") || term.startsWith("~") || term.startsWith("?")
                        ? term.substring(1) : term;
                String target = t.startsWith("include:") ? t.substring("include:".length())
                        : t.startsWith("redirect=") ? t.substring("redirect=".length()) : null;
                if (target != null && !target.contains("%")) {
                    rules.spfTarget(target).ifPresent(o -> hints.add(new Hint(o.providerId(), "spf", t)));
                }
            }
        }
        return hints;
    }

    private static void dkimHint(ProviderRules.DkimRule rule, String name, Lookup lookup, Set<Hint> hints) {
        if (!lookup.answered()) {
            return;
        }
        if (rule.cname().isEmpty()) {
            hints.add(new Hint(rule.providerId(), "dkim", name + " TXT"));
            return;
        }
        for (String target : lookup.records()) {
            if (HostPatterns.matches(rule.cname().get(), target)) {
                hints.add(new Hint(rule.providerId(), "dkim", name + " CNAME " + HostPatterns.normalise(target)));
            }
        }
    }
}
