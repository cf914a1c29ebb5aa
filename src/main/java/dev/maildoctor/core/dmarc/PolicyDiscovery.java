package dev.maildoctor.core.dmarc;

import dev.maildoctor.core.dmarc.Discovery.Outcome;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Finds the DMARC record for a domain: {@code _dmarc.<domain>}, else {@code _dmarc.<organisational domain>}
 * (RFC 7489 §6.6.3). Both questions go out at once, so a fallback costs no extra round trip; the
 * organisational answer is only used when the domain's own name definitely has no DMARC record.
 */
final class PolicyDiscovery {
    private final Dns dns;

    PolicyDiscovery(Dns dns) {
        this.dns = dns;
    }

    CompletionStage<Discovery> discover(String domain, String organizationalDomain) {
        CompletableFuture<TxtLookup> own = TxtLookup.ask(dns, "_dmarc." + domain).toCompletableFuture();
        CompletableFuture<TxtLookup> org = domain.equals(organizationalDomain)
                ? CompletableFuture.completedFuture(null)
                : TxtLookup.ask(dns, "_dmarc." + organizationalDomain).toCompletableFuture();
        return own.thenCombine(org, (a, b) -> decide(domain, a, organizationalDomain, b));
    }

    private static Discovery decide(String domain, TxtLookup own, String orgDomain, TxtLookup org) {
        List<DnsExchange> evidence = new ArrayList<>();
        List<String> otherTxt = new ArrayList<>();
        Optional<Discovery> atDomain = at(domain, own, evidence, otherTxt);
        if (atDomain.isPresent() || org == null) {
            return atDomain.orElseGet(() -> none(otherTxt, evidence));
        }
        return at(orgDomain, org, evidence, otherTxt).orElseGet(() -> none(otherTxt, evidence));
    }

    /** The verdict of one _dmarc name, or empty when it definitely holds no DMARC record. */
    private static Optional<Discovery> at(String owner, TxtLookup lookup, List<DnsExchange> evidence,
            List<String> otherTxt) {
        lookup.exchange().ifPresent(evidence::add);
        if (!lookup.definite()) {
            return Optional.of(new Discovery(Outcome.UNKNOWN, Optional.empty(), List.of(), otherTxt,
                    Optional.of(lookup.failure()), evidence));
        }
        // Records that do not start with v=DMARC1 are discarded (§6.6.3 step 4), but are worth showing.
        List<String> dmarc = lookup.records().stream().filter(DmarcRecordParser::looksLikeDmarc).toList();
        lookup.records().stream().filter(r -> !DmarcRecordParser.looksLikeDmarc(r)).forEach(otherTxt::add);
        if (dmarc.isEmpty()) {
            return Optional.empty();
        }
        Outcome outcome = dmarc.size() == 1 ? Outcome.FOUND : Outcome.MULTIPLE;
        return Optional.of(new Discovery(outcome, Optional.of(owner), dmarc, otherTxt, Optional.empty(), evidence));
    }

    private static Discovery none(List<String> otherTxt, List<DnsExchange> evidence) {
        return new Discovery(Outcome.NONE, Optional.empty(), List.of(), otherTxt, Optional.empty(), evidence);
    }
}
