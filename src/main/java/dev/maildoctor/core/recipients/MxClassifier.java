package dev.maildoctor.core.recipients;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Classifies one recipient domain by its MX records (and, behind a gateway, weak hints).
 *
 * <p>Statuses: PASS for a definite verdict of a domain that takes mail; INFO when MX hosts of
 * other providers sit beside the deciding one ({@code problem} lists them); WARN for a domain that
 * cannot take mail (null MX, NXDOMAIN, neither MX nor address records); UNKNOWN, with verdict
 * {@code unknown}, when a lookup the verdict needs failed. See {@link MxVerdict} for which MX host
 * decides.
 */
public final class MxClassifier {
    private final Dns dns;
    private final ProviderRules rules;
    private final GatewayHints hints;

    public MxClassifier(Dns dns, ProviderRules rules) {
        this.dns = dns;
        this.rules = rules;
        this.hints = new GatewayHints(dns, rules);
    }

    /** Never fails the stage: DNS failures give verdict {@code unknown} with status UNKNOWN. */
    public CompletionStage<DomainClassification> classify(RecipientDomain domain) {
        CompletionStage<DomainClassification> result;
        try {
            result = Lookup.ask(dns, domain.ascii(), "MX").thenCompose(mx -> fromMx(domain, mx));
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        // A bug must not take a whole bulk run down; it shows as this one domain's problem.
        return result.exceptionally(e -> unknown(domain, List.of(), Msg.of("recipients.problem.failed", "MX", e.toString())));
    }

    /** The verdict {@code unknown}: a lookup failed, so nothing is guessed. */
    static DomainClassification unknown(RecipientDomain domain, List<MxHost> mx, Msg problem) {
        return new DomainClassification(domain, Verdicts.UNKNOWN, Optional.empty(), mx, Optional.empty(), List.of(),
                Status.UNKNOWN, Optional.of(problem));
    }

    private CompletionStage<DomainClassification> fromMx(RecipientDomain domain, Lookup mx) {
        if (!mx.definite()) {
            return done(unknown(domain, List.of(), mx.problem()));
        }
        return switch (mx.outcome()) {
            case NXDOMAIN -> done(simple(domain, Verdicts.NXDOMAIN, List.of(), Status.WARN, null));
            case NO_DATA -> implicitMx(domain);
            default -> fromHosts(domain, MxRecords.parse(mx.records()));
        };
    }

    private CompletionStage<DomainClassification> fromHosts(RecipientDomain domain, List<MxHost> hosts) {
        if (hosts.isEmpty()) {
            return done(unknown(domain, hosts, Msg.of("recipients.problem.unreadable_mx")));
        }
        if (MxRecords.isNullMx(hosts)) {
            return done(simple(domain, Verdicts.NULL_MX, hosts, Status.WARN, null));
        }
        List<MxHost> real = hosts.stream().filter(h -> !h.host().equals(MxRecords.NULL_TARGET)).toList();
        MxVerdict verdict = MxVerdict.decide(real, rules);
        List<String> others = new ArrayList<>(verdict.others());
        if (real.size() < hosts.size()) {
            others.add(MxRecords.NULL_TARGET + " (" + Verdicts.NULL_MX + ")");
        }
        Status status = others.isEmpty() ? Status.PASS : Status.INFO;
        Optional<Msg> note = others.isEmpty() ? Optional.empty()
                : Optional.of(Msg.of("recipients.problem.other_mx", String.join(", ", others)));
        if (!verdict.provider().equals(Verdicts.GATEWAY)) {
            return done(new DomainClassification(domain, verdict.provider(), Optional.empty(), hosts,
                    verdict.matchedRule(), List.of(), status, note));
        }
        return hints.find(domain.ascii()).thenApply(found -> new DomainClassification(domain, Verdicts.GATEWAY,
                verdict.gateway(), hosts, verdict.matchedRule(), found, status, note));
    }

    /** No MX: RFC 5321 senders fall back to the domain's A/AAAA records. */
    private CompletionStage<DomainClassification> implicitMx(RecipientDomain domain) {
        CompletionStage<Lookup> a = Lookup.ask(dns, domain.ascii(), "A");
        CompletionStage<Lookup> aaaa = Lookup.ask(dns, domain.ascii(), "AAAA");
        return a.thenCombine(aaaa, (v4, v6) -> {
            if (v4.answered() || v6.answered()) {
                return simple(domain, Verdicts.NO_MX, List.of(), Status.PASS, null);
            }
            if (v4.definite() && v6.definite()) {
                return simple(domain, Verdicts.NO_MX, List.of(), Status.WARN, Msg.of("recipients.problem.no_address"));
            }
            Lookup failed = v4.definite() ? v6 : v4;
            return unknown(domain, List.of(), failed.cancelled() ? failed.problem()
                    : Msg.of("recipients.problem.no_mx_then", failed.problem()));
        });
    }

    private static DomainClassification simple(RecipientDomain domain, String verdict, List<MxHost> mx, Status status,
                                                Msg problem) {
        return new DomainClassification(domain, verdict, Optional.empty(), mx, Optional.empty(), List.of(), status,
                Optional.ofNullable(problem));
    }

    private static CompletionStage<DomainClassification> done(DomainClassification c) {
        return CompletableFuture.completedFuture(c);
    }
}
