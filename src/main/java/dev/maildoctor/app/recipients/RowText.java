package dev.maildoctor.app.recipients;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.Hint;
import dev.maildoctor.core.recipients.ProviderRules;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** How a result reads in one language: the provider label, the evidence, the hints. */
final class RowText {
    private final Messages m;
    private final Supplier<ProviderRules> rules;

    RowText(Messages m, Supplier<ProviderRules> rules) {
        this.m = m;
        this.rules = rules;
    }

    /** "Google Workspace", "Gateway: Proofpoint", "Self-hosted", "NXDOMAIN", ... */
    String provider(ResultRow row) {
        DomainClassification c = row.classification();
        return switch (row.family()) {
            case GOOGLE, MICROSOFT, YAHOO, OTHER_PROVIDER -> name(c.provider());
            case GATEWAY -> c.gateway().map(g -> m.get("ui.recipients.family.gateway_named", g))
                    .orElseGet(() -> m.get(row.family().key()));
            default -> m.get(row.family().key());
        };
    }

    String domain(ResultRow row) {
        return row.classification().domain().unicode();
    }

    /** The punycode form when it differs from what is shown. */
    Optional<String> ascii(ResultRow row) {
        String ascii = row.classification().domain().ascii();
        return ascii.equals(domain(row)) ? Optional.empty() : Optional.of(ascii);
    }

    /** Which MX host matched which rule; for an unknown, what failed. */
    String evidence(ResultRow row) {
        DomainClassification c = row.classification();
        if (c.matchedRule().isPresent()) {
            var rule = c.matchedRule().get();
            return m.get("ui.recipients.evidence.rule", rule.mxHost(), rule.pattern());
        }
        return c.problem().map(m::render).orElse("");
    }

    /** The first MX host, and how many more: "aspmx.l.google.com +3"; "." for a null MX. */
    String mxShort(ResultRow row) {
        var mx = row.classification().mx();
        if (mx.isEmpty()) {
            return "";
        }
        String first = mx.get(0).host().isEmpty() ? "." : mx.get(0).host();
        return mx.size() == 1 ? first : m.get("ui.recipients.mx.more", first, mx.size() - 1);
    }

    /** The rule's pattern that decided the verdict; for an unknown, what failed. */
    String rule(ResultRow row) {
        DomainClassification c = row.classification();
        return c.matchedRule().map(r -> r.pattern()).orElseGet(() -> c.problem().map(m::render).orElse(""));
    }

    /** "Likely behind Microsoft 365 (SPF: include:spf.protection.outlook.com)". */
    String hints(ResultRow row) {
        List<Hint> hints = row.classification().hints();
        return hints.stream().map(h -> m.get("ui.recipients.hint", name(h.provider()), h.source().toUpperCase(
                java.util.Locale.ROOT), h.evidence())).collect(Collectors.joining("; "));
    }

    private String name(String id) {
        try {
            return rules.get().name(id).orElse(id);
        } catch (RuntimeException e) {
            return id;
        }
    }
}
