package dev.maildoctor.report;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.ProviderRules;
import dev.maildoctor.core.recipients.Verdicts;
import java.util.Set;

/**
 * How a recipient domain's verdict reads: provider names as the rules file gives them (brand
 * names, the same in every language), the other verdicts (self-hosted, null MX, ...) in words.
 */
public final class ProviderLabels {
    private static final Set<String> IN_WORDS = Set.of(Verdicts.SELF_HOSTED, Verdicts.NULL_MX, Verdicts.NO_MX,
            Verdicts.NXDOMAIN, Verdicts.UNKNOWN, Verdicts.GATEWAY);

    private final Messages m;
    private final ProviderRules rules;

    public ProviderLabels(Messages messages, ProviderRules rules) {
        this.m = messages;
        this.rules = rules;
    }

    public String of(String provider) {
        if (IN_WORDS.contains(provider)) {
            return m.get("recipients.verdict." + provider);
        }
        return rules.name(provider).orElse(provider);
    }

    /** The verdict with the gateway's name: "Gateway (Proofpoint)". */
    public String of(DomainClassification c) {
        return c.gateway().map(g -> m.get("recipients.verdict.gateway_named", g)).orElseGet(() -> of(c.provider()));
    }
}
