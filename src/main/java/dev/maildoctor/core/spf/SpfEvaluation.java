package dev.maildoctor.core.spf;

import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * check_host() for one message (RFC 7208 sections 4 to 6), include: and redirect= recursing into
 * it. Terms are evaluated one after another (the first match decides, and the limits count in
 * record order), so the state needs no locking.
 */
final class SpfEvaluation {
    /** What one check_host() call gave; {@code explanation} only for fail. */
    record Outcome(SpfResult result, Optional<String> explanation, SpfNode node) {
    }

    private final SpfLookups lookups;
    private final SpfMatcher matcher;
    private final SpfMacros.Values identity;
    private final List<Msg> problems = new ArrayList<>();
    private CompletionStage<List<String>> validated;

    SpfEvaluation(SpfLookups lookups, SpfMacros.Values identity) {
        this.lookups = lookups;
        this.identity = identity;
        this.matcher = new SpfMatcher(lookups, identity.ip());
    }

    List<Msg> problems() {
        return problems;
    }

    /** @param explain whether a fail here is the final result (false inside include:) */
    CompletionStage<Outcome> checkHost(String domain, String via, boolean explain) {
        String name = SpfMatcher.name(domain);
        SpfNodeBuilder node = new SpfNodeBuilder(name, via);
        if (!SpfEvaluator.isDomain(name)) {
            return done(end(node, SpfResult.NONE, Msg.of("spf.eval.bad_domain", name)));
        }
        return lookups.query(name, "TXT").thenCompose(answer -> {
            if (answer.kind() == SpfLookups.Kind.ERROR) {
                return done(end(node, SpfResult.TEMPERROR, Msg.of("spf.eval.dns_error", name, answer.outcome())));
            }
            List<String> spf = new ArrayList<>();
            for (String txt : answer.records()) {
                if (SpfRecord.isSpf(TxtText.octets(txt))) {
                    spf.add(txt);
                }
            }
            if (spf.isEmpty()) {
                return done(end(node, SpfResult.NONE, Msg.of("spf.eval.no_record", name, answer.outcome())));
            }
            node.record(spf.get(0));
            if (spf.size() > 1) {
                return done(end(node, SpfResult.PERMERROR, Msg.of("spf.eval.several_records", name, spf.size())));
            }
            SpfPolicy policy;
            try {
                policy = SpfPolicy.check(SpfRecord.parse(TxtText.octets(spf.get(0))));
            } catch (SpfMacros.SyntaxError e) {
                return done(end(node, SpfResult.PERMERROR, e.problem()));
            }
            return evaluate(policy, 0, name, node, explain);
        });
    }

    private CompletionStage<Outcome> evaluate(SpfPolicy policy, int index, String domain, SpfNodeBuilder node,
                                              boolean explain) {
        if (index == policy.mechanisms().size()) {
            return policy.redirect() == null ? done(end(node, SpfResult.NEUTRAL, null))
                    : redirect(policy, domain, node, explain);
        }
        SpfDirective d = policy.mechanisms().get(index);
        if (d.term().queriesDns()) {
            node.lookup();
            if (!lookups.countTerm()) {
                node.step(new SpfStep(d.term().text(), false, Optional.empty(), Optional.empty()));
                return done(end(node, SpfResult.PERMERROR, Msg.of("spf.eval.too_many_lookups", SpfLookups.TERM_LIMIT)));
            }
        }
        CompletionStage<String> target = d.isIn("all", "ip4", "ip6") ? done(domain)
                : expandDomain(d.domainSpec(), domain);
        return target.thenCompose(t -> (d.name().equals("include") ? include(t, node) : matcher.match(d, t))
                .thenCompose(verdict -> {
                    Optional<String> shown = d.isIn("all", "ip4", "ip6") ? Optional.empty() : Optional.of(t);
                    node.step(new SpfStep(d.term().text(), verdict.matched(), shown, verdict.note()));
                    if (verdict.error() != null) {
                        return done(end(node, verdict.error(), verdict.note().orElse(null)));
                    }
                    if (!verdict.matched()) {
                        return evaluate(policy, index + 1, domain, node, explain);
                    }
                    SpfResult result = SpfResult.ofQualifier(d.qualifier());
                    if (result != SpfResult.FAIL || !explain || policy.exp() == null) {
                        return done(end(node, result, null));
                    }
                    return explanation(policy.exp(), domain)
                            .thenApply(text -> new Outcome(result, text, node.build(result, null)));
                }));
    }

    private CompletionStage<SpfMatcher.Verdict> include(String target, SpfNodeBuilder node) {
        return checkHost(target, "include", false).thenApply(inner -> {
            node.child(inner.node());
            return switch (inner.result()) {
                case PASS -> SpfMatcher.Verdict.MATCH;
                case FAIL, SOFTFAIL, NEUTRAL -> SpfMatcher.Verdict.NO_MATCH;
                case TEMPERROR -> SpfMatcher.Verdict.error(SpfResult.TEMPERROR, Msg.of("spf.eval.include_error", target));
                case NONE -> SpfMatcher.Verdict.error(SpfResult.PERMERROR, Msg.of("spf.eval.include_none", target));
                case PERMERROR -> SpfMatcher.Verdict.error(SpfResult.PERMERROR, Msg.of("spf.eval.include_error", target));
            };
        });
    }

    private CompletionStage<Outcome> redirect(SpfPolicy policy, String domain, SpfNodeBuilder node, boolean explain) {
        node.lookup();
        if (!lookups.countTerm()) {
            return done(end(node, SpfResult.PERMERROR, Msg.of("spf.eval.too_many_lookups", SpfLookups.TERM_LIMIT)));
        }
        return expandDomain(policy.redirect(), domain).thenCompose(target ->
                checkHost(target, "redirect", explain).thenApply(inner -> {
                    node.child(inner.node());
                    if (inner.result() == SpfResult.NONE) {
                        Msg problem = Msg.of("spf.eval.redirect_none", target);
                        problems.add(problem);
                        return new Outcome(SpfResult.PERMERROR, Optional.empty(), node.build(SpfResult.PERMERROR, problem));
                    }
                    return new Outcome(inner.result(), inner.explanation(), node.build(inner.result(), null));
                }));
    }

    /** The exp= text (RFC 7208 section 6.2); empty when anything about it does not work out. */
    private CompletionStage<Optional<String>> explanation(String spec, String domain) {
        return expandDomain(spec, domain).thenCompose(target -> lookups.query(target, "TXT")).thenCompose(answer -> {
            if (answer.kind() != SpfLookups.Kind.FOUND || answer.records().size() != 1) {
                problems.add(Msg.of("spf.eval.exp_unusable", answer.outcome(), answer.records().size()));
                return done(Optional.<String>empty());
            }
            String text = TxtText.octets(answer.records().get(0));
            return values(domain, SpfMacros.usesP(text)).thenApply(values -> {
                try {
                    return Optional.of(SpfMacros.expand(text, values, true));
                } catch (SpfMacros.SyntaxError e) {
                    problems.add(e.problem());
                    return Optional.<String>empty();
                }
            });
        });
    }

    /** Expands a (checked) domain-spec; longer than 253 octets loses labels on the left (RFC 7208 section 7.3). */
    private CompletionStage<String> expandDomain(String spec, String domain) {
        if (spec == null) {
            return done(domain);
        }
        return values(domain, SpfMacros.usesP(spec)).thenApply(values -> {
            String expanded;
            try {
                expanded = SpfMatcher.name(SpfMacros.expand(spec, values, false));
            } catch (SpfMacros.SyntaxError e) {
                throw new IllegalStateException("domain-spec checked before expansion: " + spec, e);
            }
            while (expanded.length() > 253 && expanded.indexOf('.') >= 0) {
                expanded = expanded.substring(expanded.indexOf('.') + 1);
            }
            return expanded;
        });
    }

    private CompletionStage<SpfMacros.Values> values(String domain, boolean needsP) {
        if (!needsP) {
            return done(identity.withDomain(domain));
        }
        if (validated == null) {
            validated = matcher.validatedNames();
        }
        return validated.thenApply(names -> identity.withDomain(domain).withValidated(pick(names, domain)));
    }

    /** %{p}: the validated name equal to the domain, else one below it, else any (RFC 7208 section 7.3). */
    private static String pick(List<String> names, String domain) {
        for (String n : names) {
            if (n.equalsIgnoreCase(domain)) {
                return n;
            }
        }
        for (String n : names) {
            if (SpfMatcher.isAtOrBelow(n, domain)) {
                return n;
            }
        }
        return names.isEmpty() ? "unknown" : names.get(0);
    }

    private Outcome end(SpfNodeBuilder node, SpfResult result, Msg problem) {
        if (problem != null) {
            problems.add(problem);
        }
        return new Outcome(result, Optional.empty(), node.build(result, problem));
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
