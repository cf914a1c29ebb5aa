package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.dnsbl.catalogue.DnsblList;
import dev.maildoctor.core.dnsbl.catalogue.ListCategory;
import dev.maildoctor.core.dnsbl.catalogue.ReturnCode;
import dev.maildoctor.core.model.FixStep;
import dev.maildoctor.core.model.LocalizedText;
import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answer of one list's zone for one target, with everything needed to explain it.
 *
 * @param queryName the name that was asked, as shown to the user (no DQS key)
 * @param category  the effective category of this listing (a code may override the list's)
 * @param reason    why the status is REFUSED or ERROR
 * @param evidence  every DNS exchange behind this result: test points, lookup, TXT
 */
public record ZoneResult(
        ZoneQuery query,
        String queryName,
        ZoneStatus status,
        List<String> codes,
        List<ReturnCode> knownCodes,
        ListCategory category,
        boolean majorProvidersBlock,
        Optional<String> txt,
        Optional<Msg> reason,
        List<FixStep> fixes,
        List<DnsExchange> evidence) {

    public ZoneResult {
        codes = List.copyOf(codes);
        knownCodes = List.copyOf(knownCodes);
        fixes = List.copyOf(fixes);
        evidence = List.copyOf(evidence);
    }

    public DnsblList list() {
        return query.list();
    }

    /** What the returned codes mean (catalogue text), or the list's default meaning for unknown codes. */
    public List<LocalizedText> meanings() {
        if (status != ZoneStatus.LISTED && status != ZoneStatus.REFUSED) {
            return List.of();
        }
        if (knownCodes.isEmpty()) {
            return list().defaultMeaning() == null ? List.of() : List.of(list().defaultMeaning());
        }
        return knownCodes.stream().map(ReturnCode::meaning).toList();
    }

    /** The same result with the listing's TXT text and the exchange that fetched it. */
    public ZoneResult withTxt(Optional<String> text, DnsExchange exchange) {
        List<DnsExchange> more = new ArrayList<>(evidence);
        more.add(exchange);
        return new ZoneResult(query, queryName, status, codes, knownCodes, category, majorProvidersBlock, text,
                reason, fixes, more);
    }

    public ZoneResult withEvidence(List<DnsExchange> replaced) {
        return new ZoneResult(query, queryName, status, codes, knownCodes, category, majorProvidersBlock, txt,
                reason, fixes, replaced);
    }

    public ZoneResult withFixes(List<FixStep> steps) {
        return new ZoneResult(query, queryName, status, codes, knownCodes, category, majorProvidersBlock, txt,
                reason, steps, evidence);
    }
}
