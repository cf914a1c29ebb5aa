package dev.maildoctor.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.testing.FakeDnsServer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PolicyCheckerTest {
    private static final String DOMAIN = "example.test";
    private static final String GOOD_POLICY = "version: STSv1\r\nmode: enforce\r\nmx: mx1.example.test\r\n"
            + "mx: *.mail.example.test\r\nmax_age: 604800\r\n";

    private static PolicyPki.Issued ca;
    private static LocalPolicyServer https;
    private static SSLContext clientTrust;

    private final FakeDnsServer server = new FakeDnsServer();
    private final DnsjavaDns dns = new DnsjavaDns(List.of(server.address()), Duration.ofMillis(500), 16);

    @BeforeAll
    static void startHttps() throws Exception {
        ca = PolicyPki.ca("Policy Test CA");
        https = new LocalPolicyServer(PolicyPki.serverContext(PolicyPki.loopbackLeaf(ca)));
        clientTrust = PolicyPki.trusting(ca.cert());
    }

    @AfterAll
    static void stopHttps() {
        https.close();
    }

    @AfterEach
    void stopDns() {
        server.close();
    }

    private PolicyReport check(SSLContext trust) throws Exception {
        JdkHttpFetcher fetcher = new JdkHttpFetcher(trust, Duration.ofSeconds(5), JdkHttpFetcher.DEFAULT_MAX_BYTES);
        return new PolicyChecker(dns, fetcher, domain -> https.policyUri())
                .check(DOMAIN).toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    private PolicyReport check() throws Exception {
        return check(clientTrust);
    }

    private void publishMtaSts() {
        server.add("_mta-sts.example.test", "TXT", "v=STSv1; id=20240601T01");
        server.add("example.test", "MX", "10 mx1.example.test.");
        server.add("example.test", "MX", "20 in.mail.example.test.");
    }

    @Test
    void validEnforcePolicyCoveringTheMxPasses() throws Exception {
        publishMtaSts();
        https.serve(200, "text/plain; charset=utf-8", GOOD_POLICY);

        PolicyReport report = check();

        assertThat(report.mtaSts().status()).isEqualTo(Status.PASS);
        assertThat(report.mtaSts().has("policy.mtasts.mode.enforce")).isTrue();
        assertThat(report.mtaSts().has("policy.mtasts.mx.covered")).isTrue();
        assertThat(report.mtaStsPolicy()).hasValueSatisfying(p -> {
            assertThat(p.mx()).containsExactly("mx1.example.test", "*.mail.example.test");
            assertThat(p.maxAge()).contains("604800");
        });
        assertThat(report.mtaSts().record()).contains("v=STSv1; id=20240601T01");
    }

    @Test
    void testingModeIsInformational() throws Exception {
        publishMtaSts();
        https.serve(200, "text/plain", GOOD_POLICY.replace("enforce", "testing"));

        PolicyPart part = check().mtaSts();

        assertThat(part.has("policy.mtasts.mode.testing")).isTrue();
        assertThat(part.status()).isEqualTo(Status.INFO);
    }

    @Test
    void mxNotCoveredFailsUnderEnforce() throws Exception {
        publishMtaSts();
        server.add("example.test", "MX", "30 backup.other.test.");
        https.serve(200, "text/plain", GOOD_POLICY);

        PolicyPart part = check().mtaSts();

        assertThat(part.status()).isEqualTo(Status.FAIL);
        assertThat(part.findings()).filteredOn(f -> f.key().equals("policy.mtasts.mx.not_covered"))
                .singleElement().satisfies(f -> assertThat(f.message().args()).first().isEqualTo("backup.other.test"));
    }

    @Test
    void wildcardCoversOnlyOneLabel() {
        MtaStsPolicy policy = MtaStsPolicy.parse("mx: *.mail.example.test\n");
        assertThat(policy.covers("a.mail.example.test.")).isTrue();
        assertThat(policy.covers("a.b.mail.example.test")).isFalse();
        assertThat(policy.covers("mail.example.test")).isFalse();
    }

    @Test
    void badMaxAgeFails() throws Exception {
        publishMtaSts();
        https.serve(200, "text/plain", GOOD_POLICY.replace("604800", "31557601"));

        PolicyPart part = check().mtaSts();

        assertThat(part.status()).isEqualTo(Status.FAIL);
        assertThat(part.has("policy.mtasts.max_age.invalid")).isTrue();
    }

    @Test
    void missingVersionFails() throws Exception {
        publishMtaSts();
        https.serve(200, "text/plain", GOOD_POLICY.replace("version: STSv1\r\n", ""));

        PolicyPart part = check().mtaSts();

        assertThat(part.status()).isEqualTo(Status.FAIL);
        assertThat(part.has("policy.mtasts.version.missing")).isTrue();
    }

    @Test
    void redirectIsRefusedNotFollowed() throws Exception {
        publishMtaSts();
        https.redirectTo("https://elsewhere.example.test/mta-sts.txt");

        PolicyReport report = check();

        assertThat(report.mtaSts().status()).isEqualTo(Status.FAIL);
        assertThat(report.mtaSts().has("policy.mtasts.fetch.redirect")).isTrue();
        assertThat(report.mtaStsPolicy()).isEmpty();
    }

    @Test
    void oversizedPolicyIsRejected() throws Exception {
        publishMtaSts();
        byte[] big = new byte[JdkHttpFetcher.DEFAULT_MAX_BYTES + 1000];
        Arrays.fill(big, (byte) 'x');
        https.serve(200, "text/plain", big);

        PolicyPart part = check().mtaSts();

        assertThat(part.has("policy.mtasts.fetch.too_large")).isTrue();
        assertThat(part.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void wrongContentTypeFails() throws Exception {
        publishMtaSts();
        https.serve(200, "text/html", GOOD_POLICY);

        PolicyPart part = check().mtaSts();

        assertThat(part.has("policy.mtasts.fetch.content_type")).isTrue();
        assertThat(part.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void notFoundFails() throws Exception {
        publishMtaSts();
        https.serve(404, "text/plain", "not here");

        assertThat(check().mtaSts().has("policy.mtasts.fetch.http_status")).isTrue();
    }

    @Test
    void untrustedCertificateFails() throws Exception {
        publishMtaSts();
        https.serve(200, "text/plain", GOOD_POLICY);
        SSLContext otherTrust = PolicyPki.trusting(PolicyPki.ca("Some Other CA").cert());

        PolicyPart part = check(otherTrust).mtaSts();

        assertThat(part.has("policy.mtasts.fetch.tls")).isTrue();
        assertThat(part.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void missingTxtIsInformationalAndNothingIsFetched() throws Exception {
        PolicyReport report = check();

        assertThat(report.mtaSts().status()).isEqualTo(Status.INFO);
        assertThat(report.mtaSts().has("policy.mtasts.txt.absent")).isTrue();
        assertThat(report.tlsRpt().has("policy.tlsrpt.absent")).isTrue();
        assertThat(report.bimi().has("policy.bimi.absent")).isTrue();
    }

    @Test
    void unrelatedTxtRecordsAreIgnored() throws Exception {
        server.add("_mta-sts.example.test", "TXT", "some-verification=abc");

        assertThat(check().mtaSts().has("policy.mtasts.txt.absent")).isTrue();
    }

    @Test
    void duplicateTxtFails() throws Exception {
        server.add("_mta-sts.example.test", "TXT", "v=STSv1; id=1");
        server.add("_mta-sts.example.test", "TXT", "v=STSv1; id=2");

        PolicyPart part = check().mtaSts();

        assertThat(part.status()).isEqualTo(Status.FAIL);
        assertThat(part.has("policy.mtasts.txt.multiple")).isTrue();
    }

    @Test
    void badTxtSyntaxFails() throws Exception {
        server.add("_mta-sts.example.test", "TXT", "v=STSv1; id=not-alnum!");
        assertThat(check().mtaSts().has("policy.mtasts.txt.id_invalid")).isTrue();
    }

    @Test
    void txtWithoutIdFails() throws Exception {
        server.add("_mta-sts.example.test", "TXT", "v=STSv1;");
        assertThat(check().mtaSts().has("policy.mtasts.txt.id_missing")).isTrue();
    }

    @Test
    void dnsFailureIsUnknownNeverMissing() throws Exception {
        server.servfail("*.example.test");

        PolicyReport report = check();

        for (PolicyPart part : List.of(report.mtaSts(), report.tlsRpt(), report.bimi())) {
            assertThat(part.status()).isEqualTo(Status.UNKNOWN);
            assertThat(part.has("policy.dns.unknown")).isTrue();
        }
    }

    @Test
    void mxLookupFailureIsUnknown() throws Exception {
        server.add("_mta-sts.example.test", "TXT", "v=STSv1; id=1");
        server.timeout("example.test", "MX");
        https.serve(200, "text/plain", GOOD_POLICY);

        PolicyPart part = check().mtaSts();

        assertThat(part.status()).isEqualTo(Status.UNKNOWN);
        assertThat(part.has("policy.mtasts.mx.covered")).isFalse();
    }

    @Test
    void goodTlsRptAndBimi() throws Exception {
        server.add("_smtp._tls.example.test", "TXT",
                "v=TLSRPTv1; rua=mailto:tls@example.test,https://reports.example.test/tls");
        server.add("default._bimi.example.test", "TXT",
                "v=BIMI1; l=https://example.test/logo.svg; a=https://example.test/vmc.pem");

        PolicyReport report = check();

        assertThat(report.tlsRpt().status()).isEqualTo(Status.PASS);
        assertThat(report.tlsRpt().has("policy.tlsrpt.ok")).isTrue();
        assertThat(report.bimi().status()).isEqualTo(Status.INFO);
        assertThat(report.bimi().has("policy.bimi.present")).isTrue();
        assertThat(report.bimi().has("policy.bimi.dmarc_note")).isTrue();
    }

    @Test
    void badTlsRptAndBimi() throws Exception {
        server.add("_smtp._tls.example.test", "TXT", "v=TLSRPTv1; rua=http://reports.example.test/tls");
        server.add("default._bimi.example.test", "TXT", "v=BIMI1; l=http://example.test/logo.png");

        PolicyReport report = check();

        assertThat(report.tlsRpt().status()).isEqualTo(Status.FAIL);
        assertThat(report.tlsRpt().has("policy.tlsrpt.rua_invalid")).isTrue();
        assertThat(report.bimi().status()).isEqualTo(Status.FAIL);
        assertThat(report.bimi().has("policy.bimi.logo_invalid")).isTrue();
    }

    @Test
    void tlsRptWithoutRuaAndMalformedBimi() {
        assertThat(TlsRptCheck.evaluate("v=TLSRPTv1;")).extracting(PolicyFinding::key)
                .containsExactly("policy.tlsrpt.rua_missing");
        assertThat(TlsRptCheck.evaluate("v=TLSRPTv1 rua=mailto:a@b.test")).extracting(PolicyFinding::key)
                .containsExactly("policy.tlsrpt.syntax");
        assertThat(BimiCheck.evaluate("v=BIMI1; l=https://x.test/l.svg; a=ftp://x.test/a.pem"))
                .extracting(PolicyFinding::key).contains("policy.bimi.authority_invalid");
        assertThat(BimiCheck.evaluate("v=BIMI1; l=; a=")).extracting(PolicyFinding::key)
                .containsExactly("policy.bimi.declined");
    }
}
