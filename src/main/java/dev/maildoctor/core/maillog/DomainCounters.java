package dev.maildoctor.core.maillog;

import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.routing.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Deliveries per recipient domain. At most {@link #MAX_DOMAINS} domains are told apart. */
final class DomainCounters {
    static final int MAX_DOMAINS = 100_000;
    static final int TOP_RESPONSES = 5;
    private static final int RESPONSES_PER_DOMAIN = 32;
    /** Relay hosts looked at per domain before settling on what the domain name alone says. */
    private static final int PROVIDER_TRIES = 3;

    static final class Counter {
        final long[] byStatus = new long[DeliveryStatus.values().length];
        Provider provider;
        int providerTries;
        ResponseCounter responses;

        boolean needsProvider() {
            return provider == null || (provider == Provider.UNKNOWN && providerTries < PROVIDER_TRIES);
        }
    }

    private final Map<String, Counter> domains = new HashMap<>();

    /** The counter of a domain, or null once {@link #MAX_DOMAINS} others are known. */
    Counter get(String domain) {
        Counter c = domains.get(domain);
        if (c == null && domains.size() < MAX_DOMAINS) {
            c = new Counter();
            domains.put(domain, c);
        }
        return c;
    }

    static void response(Counter c, String normalised, Reason reason) {
        if (c.responses == null) {
            c.responses = new ResponseCounter(RESPONSES_PER_DOMAIN);
        }
        c.responses.add(normalised, reason);
    }

    /** Busiest domains first, then by name. */
    List<DomainTally> tallies() {
        List<DomainTally> out = new ArrayList<>(domains.size());
        domains.forEach((domain, c) -> out.add(new DomainTally(domain,
                c.byStatus[DeliveryStatus.SENT.ordinal()],
                c.byStatus[DeliveryStatus.DEFERRED.ordinal()],
                c.byStatus[DeliveryStatus.BOUNCED.ordinal()],
                c.responses == null ? List.of() : c.responses.top(TOP_RESPONSES),
                c.provider == null ? Provider.UNKNOWN : c.provider)));
        out.sort(Comparator.comparingLong(DomainTally::total).reversed().thenComparing(DomainTally::domain));
        return out;
    }

    List<String> names() {
        return domains.keySet().stream().sorted().toList();
    }
}
