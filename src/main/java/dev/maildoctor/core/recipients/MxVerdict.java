package dev.maildoctor.core.recipients;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the provider from a domain's MX hosts. Senders try the lowest preference first, so the
 * primary hosts (the lowest preference) decide; among several primaries the first (by host name)
 * that matches a rule decides, because an unmatched primary beside a known provider is rarely the
 * domain's real mailbox. Hosts of other providers (backup MX, split delivery) are kept as a note.
 *
 * @param provider    the verdict: a mailbox provider id, {@code gateway} or {@code self_hosted}
 * @param gateway     the gateway's display name, for {@code gateway}
 * @param matchedRule the deciding host and rule
 * @param others      "host (verdict)" of hosts whose verdict differs from the decision
 */
record MxVerdict(String provider, Optional<String> gateway, Optional<MatchedRule> matchedRule, List<String> others) {
    MxVerdict {
        others = List.copyOf(others);
    }

    /** @param hosts real MX hosts (no null MX target), sorted by preference, non-empty */
    static MxVerdict decide(List<MxHost> hosts, ProviderRules rules) {
        int primary = hosts.get(0).preference();
        Optional<MatchedRule> decider = Optional.empty();
        for (MxHost h : hosts) {
            if (h.preference() != primary) {
                break;
            }
            decider = rules.match(h.host());
            if (decider.isPresent()) {
                break;
            }
        }
        String provider = decider.map(m -> verdict(m, rules)).orElse(Verdicts.SELF_HOSTED);
        Optional<String> gateway = decider.filter(m -> rules.isGateway(m.ruleId())).flatMap(m -> rules.name(m.ruleId()));
        String decided = decider.map(MatchedRule::ruleId).orElse(Verdicts.SELF_HOSTED);
        Set<String> others = new LinkedHashSet<>();
        for (MxHost h : hosts) {
            String v = rules.match(h.host()).map(MatchedRule::ruleId).orElse(Verdicts.SELF_HOSTED);
            if (!v.equals(decided)) {
                others.add(h.host() + " (" + v + ")");
            }
        }
        return new MxVerdict(provider, gateway, decider, List.copyOf(others));
    }

    private static String verdict(MatchedRule m, ProviderRules rules) {
        return rules.isGateway(m.ruleId()) ? Verdicts.GATEWAY : m.ruleId();
    }
}
