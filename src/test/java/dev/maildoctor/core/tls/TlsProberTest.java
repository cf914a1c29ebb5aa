package dev.maildoctor.core.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.FixStep;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** End-to-end probes against {@link FakeSmtpServer} on loopback; the probed names and ports are mapped onto it. */
class TlsProberTest {
    private static final String HOST = "mail.example.test";
    private static final TestPki.Issued CA = TestPki.ca("Prober Test CA");
    private static final ChainValidator TRUST_TEST_CA = ChainValidator.trusting(TestPki.trustStore(CA.cert()));
    private static final Duration SHORT = Duration.ofSeconds(3);

    private final AtomicReference<Thread> probeThread = new AtomicReference<>();

    /** Every name under .test goes to the local server's port, whatever port the request names. */
    private TlsProber prober(int localPort, ChainValidator validator) {
        AddressResolver toLoopback = (host, port) -> {
            if (!host.endsWith(".test")) {
                throw new UnknownHostException(host + ": no such host");
            }
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), localPort);
        };
        return new TlsProber(task -> {
            Thread t = new Thread(task, "test-probe");
            probeThread.set(t);
            t.start();
        }, validator, toLoopback, Clock.systemUTC());
    }

    private TlsReport probe(FakeSmtpServer server, int port, ChainValidator validator) throws Exception {
        return prober(server.port(), validator).probe(request(port)).get(20, TimeUnit.SECONDS);
    }

    private static TlsProbeRequest request(int port) {
        return TlsProbeRequest.of(HOST, port).withTimeouts(SHORT, SHORT);
    }

    private static Status status(TlsReport r, TlsCheck check) {
        return r.finding(check).orElseThrow(() -> new AssertionError("no " + check + " finding in " + r.findings()))
                .status();
    }

    private static String key(TlsReport r, TlsCheck check) {
        return r.finding(check).orElseThrow().message().key();
    }

    private static List<String> fixKeys(TlsReport r) {
        return r.fixes().stream().map(FixStep::text).map(Msg::key).toList();
    }

    /** Every text the report carries exists in both languages (no English built in core). */
    private static void assertRenderable(TlsReport r) {
        for (String lang : List.of("en", "ja")) {
            Messages m = Messages.forLanguage(lang);
            for (TlsFinding f : r.findings()) {
                assertThat(m.render(f.message())).as(lang + " " + f.message().key()).doesNotStartWith("tls.");
            }
            for (FixStep s : r.fixes()) {
                assertThat(m.render(s.text())).as(lang + " " + s.text().key()).doesNotStartWith("tls.");
            }
        }
    }

    private static SSLContext context(TestPki.Issued leaf) {
        return TestPki.serverContext(leaf);
    }

    @Test
    void caSignedCertificateOnSubmissionPortPassesEverything() throws Exception {
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.STARTTLS,
                context(TestPki.leaf(CA, HOST, HOST)))) {
            TlsReport r = probe(server, 587, TRUST_TEST_CA);

            assertThat(r.failure()).isEmpty();
            assertThat(r.overall()).isEqualTo(Status.PASS);
            assertThat(r.protocol()).hasValueSatisfying(p -> assertThat(p).isIn("TLSv1.3", "TLSv1.2"));
            assertThat(r.cipherSuite()).hasValueSatisfying(c -> assertThat(c).startsWith("TLS_"));
            assertThat(r.chain()).hasSize(2);
            assertThat(r.chain().get(0).dnsNames()).containsExactly(HOST);
            assertThat(r.chain().get(1).subject()).contains("Prober Test CA");
            assertThat(r.findings()).extracting(TlsFinding::check).containsExactly(TlsCheck.CONNECTION,
                    TlsCheck.STARTTLS, TlsCheck.PROTOCOL, TlsCheck.CHAIN, TlsCheck.HOSTNAME, TlsCheck.EXPIRY,
                    TlsCheck.SELF_SIGNED);
            assertThat(r.fixes()).isEmpty();
            assertThat(server.received).containsExactly("EHLO " + TlsProbeRequest.DEFAULT_EHLO_NAME, "STARTTLS");
            assertThat(r.transcript()).contains("C: STARTTLS", "S: 220 2.0.0 Ready to start TLS");
            assertThat(probeThread.get()).isNotNull().isNotSameAs(Thread.currentThread());
            assertRenderable(r);
        }
    }

    @Test
    void theSameChainIsUntrustedAgainstTheSystemStore() throws Exception {
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.STARTTLS,
                context(TestPki.leaf(CA, HOST, HOST)))) {
            TlsReport r = probe(server, 587, ChainValidator.systemDefault());
            assertThat(status(r, TlsCheck.CHAIN)).isEqualTo(Status.FAIL);
            assertThat(key(r, TlsCheck.CHAIN)).isEqualTo("tls.chain.unknown_issuer");
            assertThat(status(r, TlsCheck.SELF_SIGNED)).isEqualTo(Status.PASS);
            assertThat(fixKeys(r)).contains("tls.fix.le.certbot");
        }
    }

    @Test
    void selfSignedCertificateFailsAndLeadsToLetsEncrypt() throws Exception {
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.STARTTLS,
                context(TestPki.selfSigned(HOST, HOST)))) {
            TlsReport r = probe(server, 25, TRUST_TEST_CA);

            assertThat(r.overall()).isEqualTo(Status.FAIL);
            assertThat(status(r, TlsCheck.SELF_SIGNED)).isEqualTo(Status.FAIL);
            assertThat(status(r, TlsCheck.CHAIN)).isEqualTo(Status.FAIL);
            assertThat(r.chainVerdict()).hasValueSatisfying(v -> assertThat(v.problem())
                    .contains(ChainProblem.UNKNOWN_ISSUER));
            assertThat(status(r, TlsCheck.HOSTNAME)).isEqualTo(Status.PASS);
            assertThat(r.chain()).singleElement().satisfies(c -> assertThat(c.selfSigned()).isTrue());
            assertThat(fixKeys(r)).containsExactly("tls.fix.le.certbot", "tls.fix.le.postfix", "tls.fix.le.dovecot",
                    "tls.fix.le.reload", "tls.fix.le.renew_hook");
            assertThat(r.fixes().get(0).text().args()).containsExactly(HOST);
            assertThat(r.fixes().get(0).url()).isPresent();
            assertRenderable(r);
            assertThat(Messages.forLanguage("en").render(r.fixes().get(1).text()))
                    .contains("smtpd_tls_chain_files", "/etc/letsencrypt/live/" + HOST + "/fullchain.pem");
            assertThat(Messages.forLanguage("en").render(r.fixes().get(0).text()))
                    .contains("Let's Encrypt", "--standalone", "--webroot");
        }
    }

    @Test
    void expiredCertificateFails() throws Exception {
        TestPki.Issued expired = TestPki.leaf(CA, HOST, Instant.now().minus(TestPki.DAY.multipliedBy(90)),
                Instant.now().minus(TestPki.DAY.multipliedBy(2)), HOST);
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.STARTTLS, context(expired))) {
            TlsReport r = probe(server, 587, TRUST_TEST_CA);
            assertThat(status(r, TlsCheck.EXPIRY)).isEqualTo(Status.FAIL);
            assertThat(key(r, TlsCheck.EXPIRY)).isEqualTo("tls.expiry.expired");
            assertThat(key(r, TlsCheck.CHAIN)).isEqualTo("tls.chain.expired");
            assertThat(fixKeys(r)).contains("tls.fix.renew");
        }
    }

    @Test
    void certificateExpiringInFiveDaysWarns() throws Exception {
        TestPki.Issued soon = TestPki.leaf(CA, HOST, Instant.now().minus(TestPki.DAY.multipliedBy(85)),
                Instant.now().plus(TestPki.DAY.multipliedBy(5)), HOST);
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.STARTTLS, context(soon))) {
            TlsReport r = probe(server, 587, TRUST_TEST_CA);
            assertThat(status(r, TlsCheck.EXPIRY)).isEqualTo(Status.WARN);
            assertThat(r.finding(TlsCheck.EXPIRY).orElseThrow().message().args()).element(1).isIn(4L, 5L);
            assertThat(status(r, TlsCheck.CHAIN)).isEqualTo(Status.PASS);
            assertThat(r.overall()).isEqualTo(Status.WARN);
            assertThat(fixKeys(r)).containsExactly("tls.fix.renew");
        }
    }

    @Test
    void certificateForAnotherHostFailsTheNameCheck() throws Exception {
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.STARTTLS,
                context(TestPki.leaf(CA, "www.other.test", "www.other.test", "other.test")))) {
            TlsReport r = probe(server, 587, TRUST_TEST_CA);
            assertThat(status(r, TlsCheck.HOSTNAME)).isEqualTo(Status.FAIL);
            assertThat(r.finding(TlsCheck.HOSTNAME).orElseThrow().message().args())
                    .containsExactly(HOST, "www.other.test, other.test");
            assertThat(status(r, TlsCheck.CHAIN)).isEqualTo(Status.PASS);
            assertThat(fixKeys(r)).startsWith("tls.fix.hostname").contains("tls.fix.le.certbot");
        }
    }

    @Test
    void wildcardSanCoversTheHost() throws Exception {
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.STARTTLS,
                context(TestPki.leaf(CA, "example.test", "*.example.test")))) {
            TlsReport r = probe(server, 587, TRUST_TEST_CA);
            assertThat(status(r, TlsCheck.HOSTNAME)).isEqualTo(Status.PASS);
            assertThat(r.overall()).isEqualTo(Status.PASS);
        }
    }

    @Test
    void multiLineBannerIsReadCompletely() throws Exception {
        try (FakeSmtpServer server = FakeSmtpServer.withBanner(
                List.of("mail.example.test ESMTP", "Unauthorised use prohibited", "Ready"),
                context(TestPki.leaf(CA, HOST, HOST)))) {
            TlsReport r = probe(server, 25, TRUST_TEST_CA);
            assertThat(r.failure()).isEmpty();
            assertThat(r.transcript()).startsWith("* connected 127.0.0.1:" + server.port(),
                    "S: 220-mail.example.test ESMTP", "S: 220-Unauthorised use prohibited", "S: 220 Ready",
                    "C: EHLO " + TlsProbeRequest.DEFAULT_EHLO_NAME);
        }
    }

    @Test
    void ehloNameIsConfigurable() throws Exception {
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.STARTTLS,
                context(TestPki.leaf(CA, HOST, HOST)))) {
            prober(server.port(), TRUST_TEST_CA).probe(request(587).withEhloName("probe.example.org"))
                    .get(20, TimeUnit.SECONDS);
            assertThat(server.received).first().isEqualTo("EHLO probe.example.org");
        }
    }

    @Test
    void serverWithoutStartTlsFails() throws Exception {
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.NO_STARTTLS, null)) {
            TlsReport r = probe(server, 25, TRUST_TEST_CA);
            assertThat(r.failure()).contains(TlsFailure.NO_STARTTLS);
            assertThat(status(r, TlsCheck.STARTTLS)).isEqualTo(Status.FAIL);
            assertThat(key(r, TlsCheck.STARTTLS)).isEqualTo("tls.starttls.missing");
            assertThat(r.overall()).isEqualTo(Status.FAIL);
            assertThat(r.finding(TlsCheck.OUTBOUND_PORT_25)).isEmpty();
            assertThat(fixKeys(r)).startsWith("tls.fix.enable_starttls").contains("tls.fix.le.postfix");
            assertThat(server.received).contains("QUIT");
            assertRenderable(r);
        }
    }

    @Test
    void implicitTlsOnPort465() throws Exception {
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.IMPLICIT,
                context(TestPki.leaf(CA, HOST, HOST)))) {
            TlsReport r = probe(server, 465, TRUST_TEST_CA);
            assertThat(r.request().mode()).isEqualTo(TlsMode.IMPLICIT);
            assertThat(r.failure()).isEmpty();
            assertThat(r.finding(TlsCheck.STARTTLS)).isEmpty();
            assertThat(r.overall()).isEqualTo(Status.PASS);
            assertThat(server.received).isEmpty();
        }
    }

    @Test
    void startTlsAgainstAnImplicitTlsPortIsATimeoutNotAHang() throws Exception {
        // An implicit-TLS server waits for a ClientHello while the prober waits for a banner.
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.IMPLICIT,
                context(TestPki.leaf(CA, HOST, HOST)))) {
            TlsReport r = prober(server.port(), TRUST_TEST_CA)
                    .probe(request(587).withTimeouts(SHORT, Duration.ofMillis(300))).get(20, TimeUnit.SECONDS);
            assertThat(r.failure()).contains(TlsFailure.READ_TIMEOUT);
        }
    }

    @Test
    void protocolMismatchIsAHandshakeFailure() throws Exception {
        // TLS 1.1 is disabled in current JDKs on both sides, so the two cannot agree on anything.
        try (FakeSmtpServer server = FakeSmtpServer.withProtocols(context(TestPki.leaf(CA, HOST, HOST)), "TLSv1.1")) {
            TlsReport r = probe(server, 587, TRUST_TEST_CA);
            assertThat(r.failure()).contains(TlsFailure.HANDSHAKE_FAILED);
            assertThat(status(r, TlsCheck.HANDSHAKE)).isEqualTo(Status.FAIL);
            assertThat(fixKeys(r)).containsExactly("tls.fix.handshake");
            assertRenderable(r);
        }
    }

    @Test
    void silentServerTimesOutWaitingForTheGreeting() throws Exception {
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.SILENT, null)) {
            long start = System.nanoTime();
            TlsReport r = prober(server.port(), TRUST_TEST_CA)
                    .probe(request(587).withTimeouts(SHORT, Duration.ofMillis(300))).get(20, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(r.failure()).contains(TlsFailure.READ_TIMEOUT);
            assertThat(status(r, TlsCheck.CONNECTION)).isEqualTo(Status.UNKNOWN);
            assertThat(r.finding(TlsCheck.CONNECTION).orElseThrow().message().args())
                    .containsExactly(300L, Msg.of("tls.stage.greeting"));
            assertThat(r.overall()).isEqualTo(Status.UNKNOWN);
            assertRenderable(r);
        }
    }

    @Test
    void refusedSubmissionPortIsExplainedWithoutOp25b() throws Exception {
        int closed = closedPort();
        TlsReport r = prober(closed, TRUST_TEST_CA).probe(request(587)).get(20, TimeUnit.SECONDS);
        assertThat(r.failure()).contains(TlsFailure.REFUSED);
        assertThat(key(r, TlsCheck.CONNECTION)).isEqualTo("tls.error.refused");
        assertThat(status(r, TlsCheck.CONNECTION)).isEqualTo(Status.UNKNOWN);
        assertThat(r.finding(TlsCheck.OUTBOUND_PORT_25)).isEmpty();
        assertThat(fixKeys(r)).containsExactly("tls.fix.listen");
    }

    @Test
    void closedPort25IsExplainedAsPossibleOutboundBlocking() throws Exception {
        int closed = closedPort();
        TlsReport r = prober(closed, TRUST_TEST_CA).probe(request(25)).get(20, TimeUnit.SECONDS);
        assertThat(r.failure()).contains(TlsFailure.REFUSED);
        assertThat(status(r, TlsCheck.OUTBOUND_PORT_25)).isEqualTo(Status.UNKNOWN);
        assertThat(key(r, TlsCheck.OUTBOUND_PORT_25)).isEqualTo("tls.op25b.explained");
        assertThat(fixKeys(r)).containsExactly("tls.fix.op25b.from_server", "tls.fix.op25b.try_submission",
                "tls.fix.op25b.firewall", "tls.fix.op25b.provider");
        assertThat(Messages.forLanguage("en").render(r.finding(TlsCheck.OUTBOUND_PORT_25).orElseThrow().message()))
                .contains("OP25B", HOST);
        assertRenderable(r);
    }

    @Test
    void port25ThatNeverAcceptsIsExplainedAsPossibleOutboundBlocking() throws Exception {
        // A listener whose accept queue is full drops new SYNs, which is what a blocked port 25 looks like.
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<java.net.Socket> fillers = new java.util.ArrayList<>();
            try {
                boolean saturated = false;
                for (int i = 0; i < 50 && !saturated; i++) {
                    java.net.Socket s = new java.net.Socket();
                    fillers.add(s);
                    try {
                        s.connect(full.getLocalSocketAddress(), 300);
                    } catch (java.net.SocketTimeoutException e) {
                        saturated = true;
                    }
                }
                assertThat(saturated).as("accept queue saturated").isTrue();
                TlsReport r = prober(full.getLocalPort(), TRUST_TEST_CA)
                        .probe(request(25).withTimeouts(Duration.ofMillis(500), SHORT)).get(20, TimeUnit.SECONDS);
                assertThat(r.failure()).contains(TlsFailure.CONNECT_TIMEOUT);
                assertThat(key(r, TlsCheck.CONNECTION)).isEqualTo("tls.error.connect_timeout");
                assertThat(key(r, TlsCheck.OUTBOUND_PORT_25)).isEqualTo("tls.op25b.explained");
                assertThat(fixKeys(r)).contains("tls.fix.op25b.try_submission");
            } finally {
                for (java.net.Socket s : fillers) {
                    s.close();
                }
            }
        }
    }

    @Test
    void unknownHostIsADnsFailure() throws Exception {
        TlsReport r = prober(1, TRUST_TEST_CA).probe(TlsProbeRequest.of("no-such-host.invalid", 25))
                .get(20, TimeUnit.SECONDS);
        assertThat(r.failure()).contains(TlsFailure.DNS_FAILURE);
        assertThat(key(r, TlsCheck.CONNECTION)).isEqualTo("tls.error.dns");
        assertThat(r.finding(TlsCheck.OUTBOUND_PORT_25)).as("DNS failure is not port blocking").isEmpty();
        assertThat(fixKeys(r)).containsExactly("tls.fix.dns");
    }

    @Test
    void cancellingClosesTheConnectionAtOnce() throws Exception {
        try (FakeSmtpServer server = FakeSmtpServer.start(FakeSmtpServer.Behaviour.SILENT, null)) {
            CompletableFuture<TlsReport> f = prober(server.port(), TRUST_TEST_CA)
                    .probe(request(25).withTimeouts(SHORT, Duration.ofSeconds(60)));
            assertThat(server.accepted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(f.cancel(true)).isTrue();
            assertThat(server.clientGone.await(5, TimeUnit.SECONDS)).as("socket closed on cancel").isTrue();
            probeThread.get().join(5000);
            assertThat(probeThread.get().isAlive()).isFalse();
            assertThat(f).isCancelled();
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
