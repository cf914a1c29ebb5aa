package dev.maildoctor.core.dkim;

import static dev.maildoctor.core.dkim.DkimpyCorpus.dnsRecord;
import static dev.maildoctor.core.dkim.DkimpyCorpus.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.testing.FakeDnsServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DkimAuditorTest {
    private static final String KEY_2048 = record("2048_testkey_wo_markers.pub.txt");
    private static final String KEY_1024 = record("1024_testkey_wo_markers.pub.txt");

    private FakeDnsServer server;
    private DkimAuditor auditor;

    @BeforeEach
    void start() throws IOException {
        server = new FakeDnsServer();
        KnownSelectors known = SelectorsLoader.load(new ByteArrayInputStream("""
                groups:
                  - provider: Google Workspace
                    selectors: [google]
                  - provider: Microsoft 365
                    selectors: [selector1, selector2]
                  - provider: Self-hosted
                    selectors: [default, dkim]
                """.getBytes(StandardCharsets.UTF_8)));
        auditor = new DkimAuditor(new DnsjavaDns(List.of(server.address()), Duration.ofMillis(500), 16), known);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private DkimReport audit(DkimRequest request) {
        return auditor.audit(request).toCompletableFuture().join();
    }

    private static SelectorResult result(DkimReport report, String selector) {
        return report.results().stream().filter(r -> r.candidate().selector().equals(selector)).findFirst().orElseThrow();
    }

    @Test
    void aLong2048BitKeyInSeveralTxtStringsPasses() {
        server.add("google._domainkey.example.com", "TXT", KEY_2048); // > 255 bytes: several strings
        DkimReport report = audit(DkimRequest.forDomain("example.com"));
        SelectorResult google = result(report, "google");
        assertThat(google.state()).isEqualTo(KeyState.FOUND);
        assertThat(google.status()).isEqualTo(Status.PASS);
        assertThat(google.keyType()).isEqualTo("rsa");
        assertThat(google.keyBits()).isEqualTo(2048);
        assertThat(google.candidate().sources()).containsExactly(SelectorSource.PROVIDER);
        assertThat(google.candidate().providers()).containsExactly("Google Workspace");
        assertThat(google.evidence()).extracting(e -> e.type()).contains("TXT", "CNAME");
        assertThat(report.status()).isEqualTo(Status.PASS);
        assertThat(report.found()).isEqualTo(1);
        assertThat(report.tried()).isEqualTo(5);
        assertThat(report.summary()).isEqualTo(Msg.of("dkim.summary.keys_found", 1, 5));
        assertThat(result(report, "dkim").status()).isEqualTo(Status.INFO);
        assertThat(result(report, "dkim").problems()).containsExactly(Msg.of("dkim.selector.not_found"));
    }

    @Test
    void keySizesDecideTheOverallStatus() {
        server.add("default._domainkey.example.com", "TXT", KEY_1024)
                .add("dkim._domainkey.example.com", "TXT", KEY_2048);
        DkimReport report = audit(DkimRequest.forDomain("example.com"));
        assertThat(result(report, "default").status()).isEqualTo(Status.WARN);
        assertThat(result(report, "default").keyBits()).isEqualTo(1024);
        assertThat(report.status()).isEqualTo(Status.WARN);
        assertThat(report.keys()).hasSize(2);

        server.add("google._domainkey.example.com", "TXT", dnsRecord("example._domainkey.canonical.com."));
        DkimReport weak = audit(DkimRequest.forDomain("example.com"));
        assertThat(result(weak, "google").keyBits()).isEqualTo(512);
        assertThat(weak.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void microsoft365DelegationIsShownAndFollowed() {
        server.add("selector1._domainkey.example.com", "CNAME", "selector1-example-com._domainkey.example.onmicrosoft.com.")
                .add("selector1-example-com._domainkey.example.onmicrosoft.com", "TXT", KEY_2048)
                .add("selector2._domainkey.example.com", "CNAME", "selector2-example-com._domainkey.example.onmicrosoft.com.");
        DkimReport report = audit(DkimRequest.forDomain("example.com"));
        SelectorResult one = result(report, "selector1");
        assertThat(one.cnameTarget()).contains("selector1-example-com._domainkey.example.onmicrosoft.com");
        assertThat(one.state()).isEqualTo(KeyState.FOUND);
        assertThat(one.keyBits()).isEqualTo(2048);
        assertThat(one.status()).isEqualTo(Status.PASS);
        // The second CNAME points nowhere: DKIM was never enabled in the tenant.
        SelectorResult two = result(report, "selector2");
        assertThat(two.state()).isEqualTo(KeyState.NOT_FOUND);
        assertThat(two.status()).isEqualTo(Status.WARN);
        assertThat(two.problems()).startsWith(
                Msg.of("dkim.selector.cname_dangling", "selector2-example-com._domainkey.example.onmicrosoft.com"));
        assertThat(report.status()).isEqualTo(Status.WARN);
    }

    @Test
    void notFoundAmongTheSelectorsTriedIsUnknownNeverMissing() {
        DkimReport report = audit(DkimRequest.forDomain("example.com"));
        assertThat(report.status()).isEqualTo(Status.UNKNOWN);
        assertThat(report.summary()).isEqualTo(Msg.of("dkim.summary.not_found_among_tried", 5));
        assertThat(report.results()).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo(KeyState.NOT_FOUND);
            assertThat(r.status()).isEqualTo(Status.INFO);
        });
    }

    @Test
    void selectorsFromAMessageAreMergedWithTheUsersAndTheKnownOnes() {
        server.add("brisbane._domainkey.football.example.com", "TXT", dnsRecord("brisbane._domainkey.football.example.com."))
                .add("test._domainkey.football.example.com", "TXT", KEY_2048);
        DkimReport report = audit(new DkimRequest("", List.of("test", "Google", "extra"),
                DkimpyCorpus.text("rfc6376.signed.msg"), true));
        assertThat(report.results()).extracting(SelectorResult::queryName).containsExactly(
                "brisbane._domainkey.football.example.com", "test._domainkey.football.example.com",
                "Google._domainkey.football.example.com", "extra._domainkey.football.example.com",
                "selector1._domainkey.football.example.com", "selector2._domainkey.football.example.com",
                "default._domainkey.football.example.com", "dkim._domainkey.football.example.com");
        assertThat(result(report, "test").candidate().sources())
                .containsExactly(SelectorSource.MESSAGE, SelectorSource.USER);
        assertThat(result(report, "Google").candidate().sources())
                .containsExactly(SelectorSource.USER, SelectorSource.PROVIDER);
        assertThat(result(report, "brisbane").keyType()).isEqualTo("ed25519");
        assertThat(result(report, "extra").status()).isEqualTo(Status.WARN);
        assertThat(result(report, "extra").problems()).containsExactly(Msg.of("dkim.selector.not_published"));
        assertThat(report.status()).isEqualTo(Status.WARN);
        assertThat(server.queryCount("_domainkey.football.example.com")).isEqualTo(16);
    }

    @Test
    void aSigningSelectorWithoutAKeyFails() {
        DkimReport report = audit(new DkimRequest("", List.of(), DkimpyCorpus.text("test2.message"), false));
        SelectorResult signed = result(report, "20120113");
        assertThat(signed.state()).isEqualTo(KeyState.NOT_FOUND);
        assertThat(signed.status()).isEqualTo(Status.FAIL);
        assertThat(signed.problems()).containsExactly(Msg.of("dkim.selector.signing_key_missing", "20120113", "gmail.com"));
        assertThat(report.status()).isEqualTo(Status.FAIL);
        assertThat(report.summary()).isEqualTo(Msg.of("dkim.summary.named_not_found", 1));
    }

    @Test
    void revokedTestingAndSha1KeysAreReported() {
        server.add("google._domainkey.example.com", "TXT", "v=DKIM1; k=rsa; p=")
                .add("default._domainkey.example.com", "TXT", "v=DKIM1; t=y; " + KEY_2048.replace("v=DKIM1; ", ""))
                .add("dkim._domainkey.example.com", "TXT", "v=DKIM1; h=sha1; " + KEY_2048.replace("v=DKIM1; ", ""));
        DkimReport report = audit(DkimRequest.forDomain("example.com"));
        assertThat(result(report, "google").state()).isEqualTo(KeyState.REVOKED);
        assertThat(result(report, "google").problems()).containsExactly(Msg.of("dkim.key.revoked"));
        assertThat(result(report, "default").testing()).isTrue();
        assertThat(result(report, "default").status()).isEqualTo(Status.WARN);
        assertThat(result(report, "dkim").problems()).containsExactly(Msg.of("dkim.key.sha1_only"));
        assertThat(report.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void badBase64AndSeveralRecordsAtOneNameFail() {
        server.add("google._domainkey.example.com", "TXT", "v=DKIM1; k=rsa; p=MIGf!!notbase64")
                .add("dkim._domainkey.example.com", "TXT", KEY_2048)
                .add("dkim._domainkey.example.com", "TXT", KEY_1024);
        DkimReport report = audit(DkimRequest.forDomain("example.com"));
        assertThat(result(report, "google").problems()).containsExactly(Msg.of("dkim.key.bad_base64"));
        assertThat(result(report, "google").status()).isEqualTo(Status.FAIL);
        SelectorResult two = result(report, "dkim");
        assertThat(two.records()).hasSize(2);
        assertThat(two.problems()).first().isEqualTo(Msg.of("dkim.key.multiple_records", 2));
        assertThat(two.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void aTimeoutIsUnknownForThatSelectorOnly() {
        server.add("google._domainkey.example.com", "TXT", KEY_2048).timeout("dkim._domainkey.example.com");
        DkimReport report = audit(DkimRequest.forDomain("example.com"));
        SelectorResult slow = result(report, "dkim");
        assertThat(slow.state()).isEqualTo(KeyState.LOOKUP_FAILED);
        assertThat(slow.status()).isEqualTo(Status.UNKNOWN);
        assertThat(slow.problems()).containsExactly(Msg.of("dkim.selector.lookup_failed", "TIMEOUT"));
        assertThat(slow.evidence()).extracting(e -> e.rcode()).contains("TIMEOUT");
        // A guess that timed out does not hide the good key that was found.
        assertThat(report.status()).isEqualTo(Status.PASS);
    }

    @Test
    void failuresWithoutAnyKeyFoundAreUnknown() {
        server.servfail("*.example.com");
        DkimReport report = audit(new DkimRequest("example.com", List.of("mine"), "", true));
        assertThat(result(report, "mine").status()).isEqualTo(Status.UNKNOWN);
        assertThat(result(report, "mine").problems()).containsExactly(Msg.of("dkim.selector.lookup_failed", "SERVFAIL"));
        assertThat(report.status()).isEqualTo(Status.UNKNOWN);
        assertThat(report.summary()).isEqualTo(Msg.of("dkim.summary.lookups_failed", 6, 6));
    }

    @Test
    void allSelectorsAreAskedAtOnce() {
        server.delay(Duration.ofMillis(100));
        audit(DkimRequest.forDomain("example.com"));
        assertThat(server.peakConcurrency("_domainkey.example.com")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void badInputIsRejectedWithAMessage() {
        assertThatThrownBy(() -> auditor.audit(new DkimRequest("not a domain", List.of(), "", true)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).msg()).isEqualTo(Msg.of("dkim.input.bad_domain", "not a domain")));
        assertThatThrownBy(() -> auditor.audit(new DkimRequest("example.com", List.of("a b"), "", true)))
                .satisfies(e -> assertThat(((InvalidInputException) e).msg()).isEqualTo(Msg.of("dkim.input.bad_selector", "a b")));
        assertThatThrownBy(() -> auditor.audit(new DkimRequest("", List.of("x"), "", true)))
                .satisfies(e -> assertThat(((InvalidInputException) e).msg()).isEqualTo(Msg.of("dkim.input.no_domain")));
        assertThatThrownBy(() -> auditor.audit(new DkimRequest("example.com", List.of(), "", false)))
                .satisfies(e -> assertThat(((InvalidInputException) e).msg()).isEqualTo(Msg.of("dkim.input.no_selectors")));
    }

    @Test
    void internationalisedDomainsAreQueriedAsPunycode() {
        server.add("google._domainkey.xn--r8jz45g.jp", "TXT", KEY_2048);
        DkimReport report = audit(new DkimRequest("例え.jp", List.of(), "", true));
        assertThat(result(report, "google").status()).isEqualTo(Status.PASS);
    }
}
