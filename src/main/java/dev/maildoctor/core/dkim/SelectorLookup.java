package dev.maildoctor.core.dkim;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.dns.DnsOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Looks up the key record at one selector name. TXT and CNAME are asked together: a recursive
 * resolver answers the TXT question through a CNAME (Microsoft 365, SendGrid and Mailchimp delegate
 * their customers' selectors that way), but the Dns interface keeps only records of the asked type,
 * so the CNAME question is what reveals the delegation. When the TXT question finds nothing at an
 * alias (an authoritative server answers only for its own zone), the target is asked directly.
 */
final class SelectorLookup {
    /** Longer chains are misconfigurations or loops; receivers give up too. */
    static final int MAX_CNAME_HOPS = 5;

    private final Dns dns;

    SelectorLookup(Dns dns) {
        this.dns = dns;
    }

    CompletionStage<SelectorAnswer> lookup(String name) {
        return follow(name, List.of(), List.of());
    }

    private CompletionStage<SelectorAnswer> follow(String name, List<String> chain, List<DnsExchange> evidence) {
        CompletableFuture<DnsAnswer> txt = dns.query(name, "TXT").toCompletableFuture();
        CompletableFuture<DnsAnswer> cname = dns.query(name, "CNAME").toCompletableFuture();
        return txt.thenCombine(cname, (t, c) -> {
            List<DnsExchange> seen = new ArrayList<>(evidence);
            seen.add(t.exchange());
            seen.add(c.exchange());
            List<String> hops = new ArrayList<>(chain);
            String target = c.outcome() == DnsOutcome.ANSWER && !c.records().isEmpty() ? host(c.records().get(0)) : null;
            boolean newTarget = target != null && !target.equalsIgnoreCase(name) && !hops.contains(target);
            if (newTarget) {
                hops.add(target);
            }
            if (t.outcome() == DnsOutcome.ANSWER) {
                return done(new SelectorAnswer(DnsOutcome.ANSWER, t.records(), hops, seen));
            }
            if (!t.isDefinite()) {
                return done(new SelectorAnswer(t.outcome(), List.of(), hops, seen));
            }
            if (newTarget && hops.size() <= MAX_CNAME_HOPS) {
                return follow(target, hops, seen);
            }
            return done(new SelectorAnswer(t.outcome(), List.of(), hops, seen));
        }).thenCompose(stage -> stage);
    }

    private static CompletionStage<SelectorAnswer> done(SelectorAnswer answer) {
        return CompletableFuture.completedFuture(answer);
    }

    private static String host(String rdata) {
        String h = rdata.strip().toLowerCase(java.util.Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
