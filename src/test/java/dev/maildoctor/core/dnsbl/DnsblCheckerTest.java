package dev.maildoctor.core.dnsbl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.dnsbl.catalogue.ListCategory;
import dev.maildoctor.core.model.Actor;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.network.TargetParser;
import dev.maildoctor.testing.DnsblWorld;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The blocklist check against an in-JVM DNS server, including every failure mode users meet. */
class DnsblCheckerTest {
    private final DnsblWorld world = new DnsblWorld();
    private final DnsblChecker checker = new DnsblChecker(DnsblWorld.catalogue(), Clock.systemUTC());

    @AfterEach
    void close() {
        world.close();
    }

    private DnsblReport check(String target, String... zones) {
        return check(DnsblRequest.of(TargetParser.parse(target)).withZones(List.of(zones)));
    }

    private DnsblReport check(DnsblRequest request) {
        return checker.check(world.dns(Duration.ofMillis(400)), request, Progress.NONE).toCompletableFuture().join();
    }

    private static ZoneResult zone(DnsblReport report, String listId) {
        return report.results().stream().filter(r -> r.list().id().equals(listId)).findFirst().orElseThrow();
    }

    @Test
    void listedAddressCarriesCodesMeaningTxtFixesAndEvidence() {
        world.list("192.0.2.10", "bl.test", "127.0.0.2", "Listed for spam, see https://bl.example/?192.0.2.10");
        DnsblReport report = check("192.0.2.10");

        ZoneResult rep = zone(report, "rep");
        assertThat(rep.status()).isEqualTo(ZoneStatus.LISTED);
        assertThat(rep.codes()).containsExactly("127.0.0.2");
        assertThat(rep.meanings()).singleElement().satisfies(t -> assertThat(t.in(java.util.Locale.ENGLISH))
                .isEqualTo("Listed on rep."));
        assertThat(rep.txt()).contains("Listed for spam, see https://bl.example/?192.0.2.10");
        assertThat(rep.queryName()).isEqualTo("10.2.0.192.bl.test");
        assertThat(rep.fixes()).extracting(f -> f.actor()).containsExactly(Actor.YOU, Actor.YOU);
        assertThat(rep.fixes().get(1).url()).contains("https://rep.example/remove");
        assertThat(rep.evidence()).extracting(DnsExchange::name)
                .contains("2.0.0.127.bl.test", "1.0.0.127.bl.test", "10.2.0.192.bl.test");
        assertThat(rep.evidence()).extracting(DnsExchange::type).contains("TXT");
        assertThat(zone(report, "score").status()).isEqualTo(ZoneStatus.NOT_LISTED);
        assertThat(report.status()).isEqualTo(Status.FAIL);
        assertThat(report.notQueried()).extracting(l -> l.id()).contains("gone", "dom");
    }

    @Test
    void cleanAddressPasses() {
        DnsblReport report = check("192.0.2.20");
        assertThat(report.results()).allMatch(r -> r.status() == ZoneStatus.NOT_LISTED);
        assertThat(report.status()).isEqualTo(Status.PASS);
    }

    @Test
    void listingOnAScoringListIsAWarningOnly() {
        world.list("192.0.2.30", "score.test", "127.0.0.2", null);
        DnsblReport report = check("192.0.2.30");
        assertThat(zone(report, "score").category()).isEqualTo(ListCategory.SCORING_ONLY);
        assertThat(report.status()).isEqualTo(Status.WARN);
    }

    @Test
    void codeCategoryOverridesTheList() {
        world.list("192.0.2.40", "zen.test", "127.0.0.10", null);
        ZoneResult zen = zone(check("192.0.2.40", "zen"), "zen");
        assertThat(zen.category()).isEqualTo(ListCategory.POLICY);
        assertThat(zen.majorProvidersBlock()).isFalse();
        assertThat(zen.fixes().get(0).actor()).isEqualTo(Actor.PROVIDER);
    }

    @Test
    void timeoutIsAnErrorNeverClean() {
        world.server().timeout("*.bl.test");
        DnsblReport report = check("192.0.2.10", "rep");
        ZoneResult rep = zone(report, "rep");
        assertThat(rep.status()).isEqualTo(ZoneStatus.ERROR);
        assertThat(rep.reason()).isPresent();
        assertThat(report.status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void servfailAndRefusedRcodesAreErrors() {
        world.server().servfail("*.bl.test").refused("*.score.test");
        DnsblReport report = check("192.0.2.10", "rep", "score");
        assertThat(zone(report, "rep").status()).isEqualTo(ZoneStatus.ERROR);
        assertThat(zone(report, "rep").reason().orElseThrow().args().get(1).toString()).contains("dnsbl.reason.servfail");
        assertThat(zone(report, "score").status()).isEqualTo(ZoneStatus.ERROR);
        assertThat(zone(report, "score").reason().orElseThrow().args().get(1).toString())
                .contains("dnsbl.reason.rcode_refused");
        assertThat(report.status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void operatorRefusalCodeIsRefusedWithTheFix() {
        world.server().answerUnder("zen.test", name -> List.of(dev.maildoctor.testing.FakeDnsServer.rr("A", "127.255.255.254")));
        DnsblReport report = check("192.0.2.10", "zen");
        ZoneResult zen = zone(report, "zen");
        assertThat(zen.status()).isEqualTo(ZoneStatus.REFUSED);
        assertThat(zen.codes()).containsExactly("127.255.255.254");
        assertThat(zen.reason().orElseThrow().key()).isEqualTo("dnsbl.reason.operator_refused");
        assertThat(zen.fixes()).singleElement().satisfies(f -> assertThat(f.text().key()).isEqualTo("dnsbl.fix.refused"));
        assertThat(report.status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void brokenTestPointMakesEvenAnNxdomainAnError() {
        try (DnsblWorld bare = new DnsblWorld()) {
            // A zone whose 127.0.0.2 is not listed: the resolver path does not give real answers.
            DnsblReport report = checker.check(bare.dns(Duration.ofMillis(400)),
                    DnsblRequest.of(TargetParser.parse("192.0.2.10")).withZones(List.of("other.test")),
                    Progress.NONE).toCompletableFuture().join();
            ZoneResult r = report.results().get(0);
            assertThat(r.status()).isEqualTo(ZoneStatus.ERROR);
            assertThat(r.reason().orElseThrow().key()).isEqualTo("dnsbl.testpoint.not_listed");
        }
    }

    @Test
    void zoneThatListsEverythingIsAnError() {
        world.server().add("1.0.0.127.bl.test", "A", "127.0.0.2");
        ZoneResult r = zone(check("192.0.2.99", "rep"), "rep");
        assertThat(r.status()).isEqualTo(ZoneStatus.ERROR);
        assertThat(r.reason().orElseThrow().key()).isEqualTo("dnsbl.testpoint.lists_everything");
    }

    @Test
    void answerOutsideLoopbackIsAnError() {
        world.list("192.0.2.10", "bl.test", "198.51.100.7", null);
        ZoneResult r = zone(check("192.0.2.10", "rep"), "rep");
        assertThat(r.status()).isEqualTo(ZoneStatus.ERROR);
        assertThat(r.reason().orElseThrow().key()).isEqualTo("dnsbl.reason.not_loopback");
    }

    @Test
    void truncatedAnswerIsRetriedOverTcp() {
        world.list("192.0.2.10", "bl.test", "127.0.0.2", "x".repeat(200));
        world.server().truncate("10.2.0.192.bl.test");
        ZoneResult r = zone(check("192.0.2.10", "rep"), "rep");
        assertThat(r.status()).isEqualTo(ZoneStatus.LISTED);
        assertThat(r.evidence()).filteredOn(e -> e.name().equals("10.2.0.192.bl.test"))
                .extracting(DnsExchange::transport).containsOnly("tcp");
    }

    @Test
    void ipv6TargetUsesNibblesAndTheIpv6TestPoint() {
        String nibbles = "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2";
        world.server().add(nibbles + ".bl.test", "A", "127.0.0.2");
        DnsblReport report = check("2001:db8::1");
        assertThat(report.results()).extracting(r -> r.list().id()).containsExactly("rep");
        ZoneResult rep = report.results().get(0);
        assertThat(rep.status()).isEqualTo(ZoneStatus.LISTED);
        assertThat(rep.evidence()).extracting(DnsExchange::name)
                .contains("2.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.bl.test");
    }

    @Test
    void domainTargetUsesDomainListsAndTheirTestPoints() {
        world.server().add("spammy.example.dbl.test", "A", "127.0.0.2");
        DnsblReport report = check("spammy.example");
        assertThat(report.results()).extracting(r -> r.list().id()).containsExactly("dom");
        assertThat(report.results().get(0).status()).isEqualTo(ZoneStatus.LISTED);
        assertThat(report.owner()).isEmpty();
    }

    @Test
    void dqsKeyIsUsedForQueriesButNeverShown() {
        String key = "abcdefghijklmnopqrstuvwxyz";
        world.server().add("2.0.0.127." + key + ".zen.dq.test", "A", "127.0.0.2");
        world.server().add("10.2.0.192." + key + ".zen.dq.test", "A", "127.0.0.2");
        DnsblReport report = check(DnsblRequest.of(TargetParser.parse("192.0.2.10"))
                .withZones(List.of("zen")).withDqsKey(key));
        ZoneResult zen = zone(report, "zen");
        assertThat(zen.status()).isEqualTo(ZoneStatus.LISTED);
        assertThat(zen.query().usesDqs()).isTrue();
        assertThat(zen.queryName()).isEqualTo("10.2.0.192.<dqs-key>.zen.dq.test").doesNotContain(key);
        assertThat(zen.evidence()).extracting(DnsExchange::name).allMatch(n -> !n.contains(key));
        assertThat(world.server().queries()).anyMatch(q -> q.name().contains(key));
    }

    @Test
    void customZoneIsQueriedAsIs() {
        world.server().add("2.0.0.127.private.test", "A", "127.0.0.2");
        world.server().add("10.2.0.192.private.test", "A", "127.0.0.3");
        ZoneResult r = check("192.0.2.10", "private.test").results().get(0);
        assertThat(r.status()).isEqualTo(ZoneStatus.LISTED);
        assertThat(r.meanings()).isEmpty();
    }

    @Test
    void progressCountsEveryZone() {
        AtomicInteger last = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        checker.check(world.dns(), DnsblRequest.of(TargetParser.parse("192.0.2.10")),
                new Progress((d, t) -> {
                    last.set(d);
                    total.set(t);
                })).toCompletableFuture().join();
        assertThat(total.get()).isEqualTo(5); // four IPv4 lists + network owner
        assertThat(last.get()).isEqualTo(total.get());
    }
}
