package dev.maildoctor.core.dnsbl;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dnsbl.catalogue.TestPoints;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.network.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Probes each zone's RFC 5782 test points once per run (the result is shared by the target's lookup
 * and the neighbourhood scan): the "listed" point must be listed and the "not listed" point must not.
 * A zone failing this gives no trustworthy answers on this resolver path.
 */
public final class TestPointProbe {
    /** ::FFFF:7F00:2 and ::FFFF:7F00:1 as reversed nibbles (RFC 5782 section 5). */
    static final String IPV6_LISTED = "2.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0";
    static final String IPV6_NOT_LISTED = "1.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0";

    private final Dns dns;
    private final Map<String, CompletionStage<TestPointResult>> cache = new ConcurrentHashMap<>();

    public TestPointProbe(Dns dns) {
        this.dns = dns;
    }

    public CompletionStage<TestPointResult> probe(ZoneQuery zq, Target target) {
        String[] points = points(zq, target);
        return cache.computeIfAbsent(zq.zone() + "|" + points[0], k -> run(zq, points[0], points[1]));
    }

    private CompletionStage<TestPointResult> run(ZoneQuery zq, String listedLabel, String unlistedLabel) {
        CompletionStage<DnsAnswer> listed = dns.query(zq.nameFor(listedLabel), "A");
        CompletionStage<DnsAnswer> unlisted = dns.query(zq.nameFor(unlistedLabel), "A");
        return listed.thenCombine(unlisted, (l, u) -> judge(zq, listedLabel, unlistedLabel, l, u));
    }

    private static TestPointResult judge(ZoneQuery zq, String listedLabel, String unlistedLabel,
                                         DnsAnswer listed, DnsAnswer unlisted) {
        List<dev.maildoctor.core.dns.DnsExchange> evidence = List.of(listed.exchange(), unlisted.exchange());
        CodeReading l = CodeReading.read(zq.list(), listed);
        CodeReading u = CodeReading.read(zq.list(), unlisted);
        if (l.status() == ZoneStatus.REFUSED) {
            return new TestPointResult(Optional.of(l), Optional.empty(), evidence);
        }
        if (u.status() == ZoneStatus.REFUSED) {
            return new TestPointResult(Optional.of(u), Optional.empty(), evidence);
        }
        String listedName = zq.displayNameFor(listedLabel);
        String unlistedName = zq.displayNameFor(unlistedLabel);
        if (l.status() == ZoneStatus.ERROR) {
            return problem(Msg.of("dnsbl.testpoint.unanswered", listedName, l.reason().orElseThrow()), evidence);
        }
        if (l.status() == ZoneStatus.NOT_LISTED) {
            return problem(Msg.of("dnsbl.testpoint.not_listed", listedName), evidence);
        }
        if (u.status() == ZoneStatus.ERROR) {
            return problem(Msg.of("dnsbl.testpoint.unanswered", unlistedName, u.reason().orElseThrow()), evidence);
        }
        if (u.status() == ZoneStatus.LISTED) {
            return problem(Msg.of("dnsbl.testpoint.lists_everything", unlistedName), evidence);
        }
        return new TestPointResult(Optional.empty(), Optional.empty(), evidence);
    }

    private static TestPointResult problem(Msg msg, List<dev.maildoctor.core.dns.DnsExchange> evidence) {
        return new TestPointResult(Optional.empty(), Optional.of(msg), evidence);
    }

    private static String[] points(ZoneQuery zq, Target target) {
        if (target instanceof Target.Ipv4) {
            return new String[] {"2.0.0.127", "1.0.0.127"};
        }
        if (target instanceof Target.Ipv6) {
            return new String[] {IPV6_LISTED, IPV6_NOT_LISTED};
        }
        TestPoints tp = zq.list().testPoints();
        String listed = tp != null && tp.domainListed() != null ? tp.domainListed() : "test";
        String unlisted = tp != null && tp.domainNotListed() != null ? tp.domainNotListed() : "invalid";
        return new String[] {listed, unlisted};
    }
}
