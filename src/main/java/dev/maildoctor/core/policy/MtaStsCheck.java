package dev.maildoctor.core.policy;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsOutcome;
import dev.maildoctor.core.model.Status;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * MTA-STS (RFC 8461): the {@code _mta-sts} TXT record, then the policy file over HTTPS, then whether
 * the policy's mx patterns cover the MX hosts the domain really publishes.
 */
final class MtaStsCheck {
    /** The result of this check: the findings and, when it could be read, the policy file. */
    record Result(PolicyPart part, Optional<MtaStsPolicy> policy) {
    }

    private final Dns dns;
    private final HttpFetcher fetcher;
    private final Function<String, URI> policyLocation;

    MtaStsCheck(Dns dns, HttpFetcher fetcher, Function<String, URI> policyLocation) {
        this.dns = dns;
        this.fetcher = fetcher;
        this.policyLocation = policyLocation;
    }

    CompletionStage<Result> check(String domain) {
        String name = "_mta-sts." + domain;
        return TxtSelection.lookup(dns, name, MtaStsTxt.VERSION).thenCompose(sel -> {
            Optional<PolicyFinding> problem = sel.problem("policy.mtasts.txt.absent", "policy.mtasts.txt.multiple");
            if (problem.isPresent()) {
                return done(name, Optional.empty(), List.of(problem.get()), Optional.empty());
            }
            String record = sel.single().orElseThrow();
            Optional<PolicyFinding> syntax = MtaStsTxt.problem(record);
            if (syntax.isPresent()) {
                // Senders treat an invalid record as no policy, so there is nothing more to check.
                return done(name, Optional.of(record), List.of(syntax.get()), Optional.empty());
            }
            List<PolicyFinding> findings = new ArrayList<>();
            findings.add(PolicyFinding.of(Status.PASS, "policy.mtasts.txt.ok", MtaStsTxt.id(record)));
            URI uri = policyLocation.apply(domain);
            return fetcher.fetch(uri)
                    .exceptionally(JdkHttpFetcher::failure)
                    .thenCompose(fetched -> afterFetch(domain, uri, fetched, findings))
                    .thenApply(policy -> new Result(new PolicyPart(name, Optional.of(record), findings), policy));
        });
    }

    private static CompletionStage<Result> done(String name, Optional<String> record, List<PolicyFinding> findings,
                                                Optional<MtaStsPolicy> policy) {
        return CompletableFuture.completedFuture(new Result(new PolicyPart(name, record, findings), policy));
    }

    private CompletionStage<Optional<MtaStsPolicy>> afterFetch(String domain, URI uri, FetchResult fetched,
                                                               List<PolicyFinding> findings) {
        Optional<PolicyFinding> problem = fetchProblem(uri, fetched);
        if (problem.isPresent()) {
            findings.add(problem.get());
            return CompletableFuture.completedFuture(Optional.empty());
        }
        MtaStsPolicy policy = MtaStsPolicy.parse(new String(fetched.body(), StandardCharsets.UTF_8));
        findings.add(PolicyFinding.of(Status.PASS, "policy.mtasts.fetch.ok", uri));
        findings.addAll(MtaStsPolicyRules.evaluate(policy));
        if (policy.mx().isEmpty()) {
            return CompletableFuture.completedFuture(Optional.of(policy));
        }
        return dns.query(domain, "MX").handle((answer, error) -> {
            findings.addAll(coverage(domain, policy, error == null ? answer : null));
            return Optional.of(policy);
        });
    }

    static Optional<PolicyFinding> fetchProblem(URI uri, FetchResult fetched) {
        switch (fetched.outcome()) {
            case TIMEOUT:
                return Optional.of(PolicyFinding.of(Status.UNKNOWN, "policy.mtasts.fetch.timeout", uri));
            case NETWORK_ERROR:
                return Optional.of(PolicyFinding.of(Status.UNKNOWN, "policy.mtasts.fetch.network", uri));
            case TLS_FAILURE:
                return Optional.of(PolicyFinding.of(Status.FAIL, "policy.mtasts.fetch.tls", uri));
            case TOO_LARGE:
                return Optional.of(PolicyFinding.of(Status.FAIL, "policy.mtasts.fetch.too_large", uri,
                        JdkHttpFetcher.DEFAULT_MAX_BYTES / 1024));
            default:
                break;
        }
        int code = fetched.statusCode();
        if (code >= 300 && code < 400) {
            return Optional.of(PolicyFinding.of(Status.FAIL, "policy.mtasts.fetch.redirect", uri,
                    fetched.location().orElse("-")));
        }
        if (code != 200) {
            return Optional.of(PolicyFinding.of(Status.FAIL, "policy.mtasts.fetch.http_status", uri, code));
        }
        Optional<String> type = fetched.contentType();
        if (type.isEmpty()) {
            return Optional.of(PolicyFinding.of(Status.FAIL, "policy.mtasts.fetch.content_type_missing", uri));
        }
        String media = type.get().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("text/plain")) {
            return Optional.of(PolicyFinding.of(Status.FAIL, "policy.mtasts.fetch.content_type", uri, type.get()));
        }
        return Optional.empty();
    }

    /** Every MX host must match an mx pattern, or enforcing senders will refuse to deliver to it. */
    static List<PolicyFinding> coverage(String domain, MtaStsPolicy policy, DnsAnswer answer) {
        if (answer == null || !answer.isDefinite()) {
            DnsOutcome outcome = answer == null ? DnsOutcome.NETWORK_ERROR : answer.outcome();
            return List.of(PolicyFinding.of(Status.UNKNOWN, "policy.dns.unknown", domain,
                    outcome.name().toLowerCase(Locale.ROOT)));
        }
        List<String> hosts = new ArrayList<>();
        for (String rdata : answer.records()) {
            String[] parts = rdata.strip().split("\\s+");
            String host = parts[parts.length - 1];
            host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
            if (!host.isEmpty()) {
                hosts.add(host.toLowerCase(Locale.ROOT));
            }
        }
        if (hosts.isEmpty()) {
            return List.of(PolicyFinding.of(Status.INFO, "policy.mtasts.mx.no_records", domain));
        }
        boolean enforce = policy.mode().orElse("").equals("enforce");
        List<PolicyFinding> out = new ArrayList<>();
        for (String host : hosts) {
            if (!policy.covers(host)) {
                out.add(PolicyFinding.of(enforce ? Status.FAIL : Status.WARN, "policy.mtasts.mx.not_covered", host,
                        String.join(", ", policy.mx())));
            }
        }
        if (out.isEmpty()) {
            out.add(PolicyFinding.of(Status.PASS, "policy.mtasts.mx.covered", hosts.size()));
        }
        return out;
    }
}
