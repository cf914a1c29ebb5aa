package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dns.AsyncLimiter;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.RateGate;
import dev.maildoctor.core.dnsbl.catalogue.QueryLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Keeps every question to a list's zone (test points, lookups, TXT, neighbours) within the
 * operator's limits from the catalogue, for one check: at most {@code max_concurrent} in flight,
 * and paced to {@code max_per_second} after the first {@code burst}. Other names pass straight through.
 */
final class PoliteDns implements Dns {
    private final Dns delegate;
    private final Map<String, Limits> byZone = new LinkedHashMap<>();

    PoliteDns(Dns delegate, List<ZoneQuery> zones) {
        this.delegate = delegate;
        // Longest zone first, so the most specific zone's limits apply to overlapping custom zones.
        List<ZoneQuery> bySpecificity = zones.stream()
                .sorted((a, b) -> Integer.compare(b.zone().length(), a.zone().length())).toList();
        for (ZoneQuery zq : bySpecificity) {
            QueryLimits l = zq.list().limits();
            RateGate gate = l.maxPerSecond() == null ? null
                    : new RateGate(l.maxPerSecond(), l.burst() == null ? 1 : l.burst());
            byZone.putIfAbsent("." + zq.zone().toLowerCase(Locale.ROOT),
                    new Limits(new AsyncLimiter(Math.max(1, l.maxConcurrent())), gate));
        }
    }

    private record Limits(AsyncLimiter concurrency, RateGate rate) {
        CompletionStage<DnsAnswer> run(Dns dns, String name, String type) {
            if (rate == null) {
                return concurrency.submit(() -> dns.query(name, type));
            }
            return rate.acquire().thenCompose(v -> concurrency.submit(() -> dns.query(name, type)));
        }
    }

    @Override
    public CompletionStage<DnsAnswer> query(String name, String type) {
        String n = "." + name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        for (Map.Entry<String, Limits> e : byZone.entrySet()) {
            if (n.endsWith(e.getKey())) {
                return e.getValue().run(delegate, name, type);
            }
        }
        return delegate.query(name, type);
    }

    @Override
    public String describe() {
        return delegate.describe();
    }
}
