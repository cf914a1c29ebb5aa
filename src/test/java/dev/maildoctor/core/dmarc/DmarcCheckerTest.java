package dev.maildoctor.core.dmarc;

import static dev.maildoctor.core.dmarc.Issues.keys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsOutcome;
import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.testing.FakeDnsServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Discovery, fallback, failures and report destinations against the in-JVM DNS server. */
class DmarcCheckerTest {
    private final FakeDnsServer server = new FakeDnsServer();
    private final DnsjavaDns dns = new DnsjavaDns(List.of(server.address()), Duration.ofMillis(500), 16);
    private final DmarcChecker checker = new DmarcChecker(dns);

    @AfterEach
    void close() {
        server.close();
    }

    private DmarcReport check(String domain) {
        return checker.check(domain).toCompletableFuture().join();
    }

    private void txt(String name, String text) {
        server.add(name, "TXT", text);
    }

    @Test
    void recordAtTheDomainItself() {
        txt("_dmarc.example.com", "v=DMARC1; p=reject; rua=mailto:dmarc@example.com");
        DmarcReport r = check("Example.COM.");
        assertThat(r.domain()).isEqualTo("example.com");
        assertThat(r.recordDomain()).contains("example.com");
        assertThat(r.inherited()).isFalse();
        assertThat(r.effectivePolicy()).contains(DmarcPolicy.REJECT);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.issues()).isEmpty();
        assertThat(r.advice()).isEmpty();
        assertThat(r.destinations()).isEmpty();
        assertThat(r.evidence()).extracting(e -> e.name()).contains("_dmarc.example.com");
    }

    @Test
    void subdomainFallsBackToTheOrganisationalDomainAndGetsItsSubdomainPolicy() {
        txt("_dmarc.example.co.jp", "v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.co.jp");
        DmarcReport r = check("mail.news.example.co.jp");
        assertThat(r.organizationalDomain()).isEqualTo("example.co.jp");
        assertThat(r.recordDomain()).contains("example.co.jp");
        assertThat(r.inherited()).isTrue();
        assertThat(r.effectivePolicy()).contains(DmarcPolicy.QUARANTINE);
        assertThat(r.record().orElseThrow().policy()).contains(DmarcPolicy.REJECT);
        // Both names are asked at once; nothing is asked in between the two levels (§6.6.3, not a tree walk).
        assertThat(server.queries()).extracting(FakeDnsServer.Query::name)
                .containsExactlyInAnyOrder("_dmarc.mail.news.example.co.jp", "_dmarc.example.co.jp");
    }

    @Test
    void theDomainsOwnRecordWinsOverTheOrganisationalOne() {
        txt("_dmarc.shop.example.com", "v=DMARC1; p=none; rua=mailto:d@example.com");
        txt("_dmarc.example.com", "v=DMARC1; p=reject");
        DmarcReport r = check("shop.example.com");
        assertThat(r.recordDomain()).contains("shop.example.com");
        assertThat(r.effectivePolicy()).contains(DmarcPolicy.NONE);
        assertThat(r.advice()).containsExactly(Msg.of("dmarc.advice.none_to_quarantine"));
    }

    @Test
    void noRecordAnywhereIsMissing() {
        txt("example.com", "v=spf1 -all");
        DmarcReport r = check("www.example.com");
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.issues()).containsExactly(DmarcIssue.fail("dmarc.record.missing", "_dmarc.www.example.com"));
        assertThat(r.record()).isEmpty();
        assertThat(r.advice()).containsExactly(Msg.of("dmarc.advice.publish", "_dmarc.example.com",
                "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com", "www.example.com"));
    }

    @Test
    void nonDmarcTextAtTheDmarcNameIsDiscardedAndShown() {
        txt("_dmarc.example.com", "v=spf1 include:_spf.example.net -all");
        DmarcReport r = check("example.com");
        assertThat(keys(r.issues())).containsExactly("dmarc.record.missing", "dmarc.record.not_dmarc");
        assertThat(r.issues().get(1).message().args()).containsExactly("v=spf1 include:_spf.example.net -all");
    }

    @Test
    void severalRecordsAtOneNameMeanNoPolicyAndNoFallback() {
        txt("_dmarc.example.com", "v=DMARC1; p=reject");
        txt("_dmarc.example.com", "v=DMARC1; p=none");
        DmarcReport r = check("example.com");
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.issues()).containsExactly(DmarcIssue.fail("dmarc.record.multiple", 2, "_dmarc.example.com"));
        assertThat(r.effectivePolicy()).isEmpty();
        assertThat(r.advice()).containsExactly(Msg.of("dmarc.advice.merge", "_dmarc.example.com"));
    }

    @Test
    void severalRecordsAtTheOrganisationalDomainToo() {
        txt("_dmarc.example.com", "v=DMARC1; p=reject");
        txt("_dmarc.example.com", "v=DMARC1; p=reject; rua=mailto:d@example.com");
        assertThat(check("a.example.com").issues())
                .containsExactly(DmarcIssue.fail("dmarc.record.multiple", 2, "_dmarc.example.com"));
    }

    @Test
    void servfailIsUnknownNeverMissing() {
        server.servfail("_dmarc.example.com");
        DmarcReport r = check("example.com");
        assertThat(r.status()).isEqualTo(Status.UNKNOWN);
        assertThat(keys(r.issues())).containsExactly("dmarc.lookup.failed");
        assertThat(r.issues().get(0).message().args()).startsWith("_dmarc.example.com", "SERVFAIL");
        assertThat(r.evidence()).hasSize(1);
    }

    @Test
    void aFailureAtTheDomainIsNotPaperedOverByTheOrganisationalRecord() {
        server.timeout("_dmarc.sub.example.com");
        txt("_dmarc.example.com", "v=DMARC1; p=reject");
        DmarcReport r = check("sub.example.com");
        assertThat(r.status()).isEqualTo(Status.UNKNOWN);
        assertThat(r.effectivePolicy()).isEmpty();
    }

    @Test
    void aFailureAtTheOrganisationalDomainIsUnknownToo() {
        server.servfail("_dmarc.example.com");
        DmarcReport r = check("sub.example.com");
        assertThat(r.status()).isEqualTo(Status.UNKNOWN);
        assertThat(keys(r.issues())).doesNotContain("dmarc.record.missing");
    }

    @Test
    void aResolverClientThatThrowsIsUnknown() {
        Dns broken = new Dns() {
            @Override
            public CompletionStage<DnsAnswer> query(String name, String type) {
                return CompletableFuture.failedFuture(new IllegalStateException("closed"));
            }

            @Override
            public String describe() {
                return "broken";
            }
        };
        DmarcReport r = new DmarcChecker(broken).check("example.com").toCompletableFuture().join();
        assertThat(r.status()).isEqualTo(Status.UNKNOWN);
        assertThat(r.issues().get(0).message()).isEqualTo(Msg.of("dmarc.lookup.failed", "_dmarc.example.com", "closed", "?"));
    }

    @Test
    void inputThatIsNoDomainIsUnknownNotAnException() {
        assertThat(check("").issues()).containsExactly(DmarcIssue.unknown("dmarc.domain.invalid", ""));
        assertThat(check("bad..name").status()).isEqualTo(Status.UNKNOWN);
        assertThat(check("a b.example").status()).isEqualTo(Status.UNKNOWN);
        assertThat(server.queries()).isEmpty();
    }

    @Test
    void adviceFollowsThePathFromNoneToReject() {
        txt("_dmarc.a.test", "v=DMARC1; p=none");
        txt("_dmarc.b.test", "v=DMARC1; p=quarantine; rua=mailto:d@b.test");
        txt("_dmarc.c.test", "v=DMARC1; p=quarantine; pct=25; rua=mailto:d@c.test");
        txt("_dmarc.d.test", "v=DMARC1; p=reject; sp=none; rua=mailto:d@d.test");
        assertThat(check("a.test").advice()).containsExactly(Msg.of("dmarc.advice.add_rua", "rua=mailto:dmarc-reports@a.test"));
        assertThat(check("b.test").advice()).containsExactly(Msg.of("dmarc.advice.quarantine_to_reject"));
        assertThat(check("c.test").advice()).containsExactly(Msg.of("dmarc.advice.raise_pct", 25));
        assertThat(check("d.test").advice()).containsExactly(Msg.of("dmarc.advice.subdomains_weaker", "none", "reject"));
    }

    @Test
    void aRecordWithoutPolicyButWithRuaCountsAsNone() {
        txt("_dmarc.example.com", "v=DMARC1; rua=mailto:d@example.com");
        DmarcReport r = check("example.com");
        assertThat(r.effectivePolicy()).contains(DmarcPolicy.NONE);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.advice()).containsExactly(Msg.of("dmarc.advice.fix_policy", "p=none"));
    }

    @Test
    void sameOrganisationDestinationsNeedNoAuthorisation() {
        txt("_dmarc.example.com", "v=DMARC1; p=reject; rua=mailto:d@reports.example.com; ruf=mailto:f@example.com");
        DmarcReport r = check("example.com");
        assertThat(r.destinations()).isEmpty();
        assertThat(server.queryCount("_report._dmarc.reports.example.com")).isZero();
    }

    @Test
    void externalDestinationAuthorisedByItsExactRecord() {
        txt("_dmarc.example.com", "v=DMARC1; p=reject; rua=mailto:dmarc@reports.example.net!10m");
        txt("example.com._report._dmarc.reports.example.net", "v=DMARC1");
        DmarcReport r = check("example.com");
        assertThat(r.destinations()).containsExactly(new ReportDestination("rua", "mailto:dmarc@reports.example.net!10m",
                "reports.example.net", "example.com._report._dmarc.reports.example.net", Authorization.YES, false,
                r.destinations().get(0).evidence()));
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(server.queryCount("*._report._dmarc.reports.example.net")).isZero();
    }

    @Test
    void externalDestinationAuthorisedByTheWildcardRecord() {
        txt("_dmarc.example.com", "v=DMARC1; p=reject; rua=mailto:dmarc@vendor.example.org");
        txt("*._report._dmarc.vendor.example.org", "v=DMARC1;");
        DmarcReport r = check("example.com");
        ReportDestination d = r.destinations().get(0);
        assertThat(d.authorized()).isEqualTo(Authorization.YES);
        assertThat(d.viaWildcard()).isTrue();
        assertThat(d.evidence()).hasSize(2);
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    @Test
    void unauthorisedDestinationIsAProblemWithItsFix() {
        txt("_dmarc.example.com", "v=DMARC1; p=reject; rua=mailto:d@example.com; ruf=mailto:f@other.example.net");
        txt("example.com._report._dmarc.other.example.net", "some verification text");
        DmarcReport r = check("example.com");
        assertThat(r.destinations()).singleElement().satisfies(d -> {
            assertThat(d.tag()).isEqualTo("ruf");
            assertThat(d.authorized()).isEqualTo(Authorization.NO);
        });
        assertThat(r.status()).isEqualTo(Status.WARN);
        assertThat(r.issues()).containsExactly(DmarcIssue.warn("dmarc.report.unauthorized", "ruf",
                "mailto:f@other.example.net", "example.com._report._dmarc.other.example.net"));
        assertThat(r.advice()).contains(Msg.of("dmarc.advice.authorize",
                "example.com._report._dmarc.other.example.net", "v=DMARC1"));
    }

    @Test
    void inheritedRecordIsAuthorisedUnderTheOrganisationalDomainsName() {
        txt("_dmarc.example.com", "v=DMARC1; p=reject; rua=mailto:d@dmarc.example.net");
        txt("example.com._report._dmarc.dmarc.example.net", "v=DMARC1");
        DmarcReport r = check("mail.example.com");
        assertThat(r.destinations()).extracting(ReportDestination::authorized).containsExactly(Authorization.YES);
    }

    @Test
    void destinationLookupFailureIsUnknownNotUnauthorised() {
        txt("_dmarc.example.com", "v=DMARC1; p=reject; rua=mailto:d@broken.example.net");
        server.servfail("*._dmarc.broken.example.net");
        DmarcReport r = check("example.com");
        assertThat(r.destinations()).extracting(ReportDestination::authorized).containsExactly(Authorization.UNKNOWN);
        assertThat(r.status()).isEqualTo(Status.UNKNOWN);
        assertThat(keys(r.issues())).containsExactly("dmarc.report.unknown");
    }

    @Test
    void wildcardLookupFailureIsUnknownToo() {
        txt("_dmarc.example.com", "v=DMARC1; p=reject; rua=mailto:d@vendor.example.net");
        // The server's fault patterns cannot single out the literal "*" owner, so the failure is injected here.
        Dns wildcardFails = new Dns() {
            @Override
            public CompletionStage<DnsAnswer> query(String name, String type) {
                return name.startsWith("*.")
                        ? CompletableFuture.completedFuture(new DnsAnswer(DnsOutcome.SERVFAIL, List.of(), null))
                        : dns.query(name, type);
            }

            @Override
            public String describe() {
                return dns.describe();
            }
        };
        DmarcReport r = new DmarcChecker(wildcardFails).check("example.com").toCompletableFuture().join();
        assertThat(r.destinations().get(0).authorized()).isEqualTo(Authorization.UNKNOWN);
        assertThat(r.status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void destinationsAreCheckedInParallelOncePerDomain() {
        StringBuilder rua = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            rua.append(i == 0 ? "" : ",").append("mailto:d").append(i).append("@r").append(i).append(".example.net");
            txt("example.com._report._dmarc.r" + i + ".example.net", "v=DMARC1");
        }
        txt("_dmarc.example.com", "v=DMARC1; p=reject; rua=" + rua + "; ruf=mailto:f@r1.example.net");
        server.delay("*.example.net", Duration.ofMillis(150));
        DmarcReport r = check("example.com");
        assertThat(r.destinations()).hasSize(7).allSatisfy(d -> assertThat(d.authorized()).isEqualTo(Authorization.YES));
        assertThat(server.peakConcurrency("example.net")).isGreaterThanOrEqualTo(6);
        assertThat(server.queryCount("example.com._report._dmarc.r1.example.net")).isEqualTo(1);
    }
}
