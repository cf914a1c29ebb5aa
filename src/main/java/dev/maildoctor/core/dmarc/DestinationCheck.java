package dev.maildoctor.core.dmarc;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsExchange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * Checks external report destinations in parallel, one question (plus the wildcard form when needed)
 * per destination domain however many URIs point there.
 */
final class DestinationCheck {
    /** The authorising record starts with v=DMARC1 (RFC 7489 §7.1); anything after it is irrelevant here. */
    private static final Pattern AUTHORISING = Pattern.compile("(?i)\\s*v\\s*=\\s*DMARC1\\s*(;.*)?", Pattern.DOTALL);

    private record Verdict(String queried, Authorization authorized, boolean viaWildcard, List<DnsExchange> evidence) {
    }

    private final Dns dns;

    DestinationCheck(Dns dns) {
        this.dns = dns;
    }

    /** The destinations of {@code record} outside {@code recordDomain}'s organisational domain. */
    CompletionStage<List<ReportDestination>> check(String recordDomain, DmarcRecord record) {
        Map<String, CompletableFuture<Verdict>> byDomain = new HashMap<>();
        List<CompletableFuture<ReportDestination>> out = new ArrayList<>();
        addAll("rua", record.rua(), recordDomain, byDomain, out);
        addAll("ruf", record.ruf(), recordDomain, byDomain, out);
        return CompletableFuture.allOf(out.toArray(CompletableFuture[]::new))
                .thenApply(done -> out.stream().map(CompletableFuture::join).toList());
    }

    private void addAll(String tag, List<ReportUri> uris, String recordDomain,
            Map<String, CompletableFuture<Verdict>> byDomain, List<CompletableFuture<ReportDestination>> out) {
        for (ReportUri uri : uris) {
            if (uri.kind() != ReportUri.Kind.MAILTO || OrganizationalDomain.same(uri.domain(), recordDomain)) {
                continue;
            }
            CompletableFuture<Verdict> verdict = byDomain.computeIfAbsent(uri.domain(), d -> verify(recordDomain, d));
            out.add(verdict.thenApply(v -> new ReportDestination(tag, uri.text(), uri.domain(), v.queried(),
                    v.authorized(), v.viaWildcard(), v.evidence())));
        }
    }

    private CompletableFuture<Verdict> verify(String recordDomain, String destination) {
        String exact = recordDomain + "._report._dmarc." + destination;
        return TxtLookup.ask(dns, exact).thenCompose(first -> {
            if (!first.definite() || authorises(first)) {
                return CompletableFuture.completedFuture(verdict(exact, first, null));
            }
            // A DNS wildcard would have answered the exact name already; asking for the "*" owner itself
            // also catches resolvers and zones that do not synthesise it.
            return TxtLookup.ask(dns, "*._report._dmarc." + destination).thenApply(w -> verdict(exact, first, w));
        }).toCompletableFuture();
    }

    private static Verdict verdict(String exact, TxtLookup first, TxtLookup wildcard) {
        List<DnsExchange> evidence = new ArrayList<>();
        first.exchange().ifPresent(evidence::add);
        if (wildcard == null) {
            return new Verdict(exact, first.definite() ? Authorization.YES : Authorization.UNKNOWN, false, evidence);
        }
        wildcard.exchange().ifPresent(evidence::add);
        if (authorises(wildcard)) {
            return new Verdict(exact, Authorization.YES, true, evidence);
        }
        return new Verdict(exact, wildcard.definite() ? Authorization.NO : Authorization.UNKNOWN, false, evidence);
    }

    private static boolean authorises(TxtLookup lookup) {
        return lookup.definite() && lookup.records().stream().anyMatch(r -> AUTHORISING.matcher(r).matches());
    }
}
