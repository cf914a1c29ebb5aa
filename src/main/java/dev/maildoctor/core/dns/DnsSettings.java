package dev.maildoctor.core.dns;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * Where and how to ask: explicit resolvers (empty means the system's), per-query timeout and the
 * global in-flight limit.
 */
public record DnsSettings(List<String> resolvers, Duration timeout, int maxInFlight) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    public static final int DEFAULT_MAX_IN_FLIGHT = 64;
    /**
     * For bulk look-ups of ordinary names (hundreds of recipient domains' MX records): a recursive
     * resolver answers these from cache or the domains' own servers, so more may be outstanding
     * than towards blocklist operators. 1,000 domains need ~1,700 questions: at 100 ms each that is
     * 2.7 s with 64 in flight, 0.7 s with 256.
     */
    public static final int BULK_MAX_IN_FLIGHT = 256;

    public DnsSettings {
        resolvers = List.copyOf(resolvers);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    public static DnsSettings defaults() {
        return new DnsSettings(List.of(), DEFAULT_TIMEOUT, DEFAULT_MAX_IN_FLIGHT);
    }

    /** The same resolvers and timeout with another in-flight limit. */
    public DnsSettings withMaxInFlight(int limit) {
        return new DnsSettings(resolvers, timeout, limit);
    }

    /** Builds the resolver client; throws IllegalArgumentException for a bad resolver address. */
    public DnsjavaDns open() {
        List<InetSocketAddress> servers = resolvers.isEmpty()
                ? DnsjavaDns.systemResolvers()
                : resolvers.stream().map(ResolverAddress::parse).toList();
        return new DnsjavaDns(servers, timeout, maxInFlight);
    }
}
