package dev.maildoctor.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.testing.FakeDnsServer;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DnsjavaDnsTest {
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    /** For tests about throughput, where a slow build machine must not turn into timeouts. */
    private static final Duration PATIENT = Duration.ofSeconds(3);

    private final FakeDnsServer server = new FakeDnsServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private DnsjavaDns dns(int maxInFlight, FakeDnsServer... servers) {
        List<InetSocketAddress> resolvers = new ArrayList<>();
        for (FakeDnsServer s : servers) {
            resolvers.add(s.address());
        }
        return new DnsjavaDns(resolvers, TIMEOUT, maxInFlight);
    }

    private DnsjavaDns dns() {
        return dns(64, server);
    }

    private static DnsAnswer get(CompletionStage<DnsAnswer> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Test
    void answerCarriesRecordsAndEvidence() throws Exception {
        server.add("2.0.0.127.zen.test", "A", "127.0.0.2").add("2.0.0.127.zen.test", "A", "127.0.0.10");
        Instant before = Instant.now();

        DnsAnswer answer = get(dns().query("2.0.0.127.zen.test", "A"));

        assertThat(answer.outcome()).isEqualTo(DnsOutcome.ANSWER);
        assertThat(answer.isDefinite()).isTrue();
        assertThat(answer.records()).containsExactlyInAnyOrder("127.0.0.2", "127.0.0.10");
        DnsExchange exchange = answer.exchange();
        assertThat(exchange.name()).isEqualTo("2.0.0.127.zen.test");
        assertThat(exchange.type()).isEqualTo("A");
        assertThat(exchange.rcode()).isEqualTo("NOERROR");
        assertThat(exchange.answers()).containsExactlyInAnyOrderElementsOf(answer.records());
        assertThat(exchange.resolver()).isEqualTo("127.0.0.1:" + server.address().getPort());
        assertThat(exchange.transport()).isEqualTo("udp");
        assertThat(exchange.latency()).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        assertThat(exchange.time()).isBetween(before.minusMillis(1), Instant.now());
        assertThat(exchange.attempts()).isEqualTo(1);
        assertThat(server.queries()).singleElement().satisfies(q -> {
            assertThat(q.name()).isEqualTo("2.0.0.127.zen.test");
            assertThat(q.type()).isEqualTo("A");
            assertThat(q.transport()).isEqualTo("udp");
        });
    }

    @Test
    void txtStringsAreJoinedAndPtrIsInPresentationForm() throws Exception {
        String spf = "v=spf1 " + "ip4:198.51.100.0/24 ".repeat(20) + "-all";
        server.add("example.test.", "TXT", spf)
                .add("example.test", "TXT", "google-site-verification=abc")
                .add("25.2.0.192.in-addr.arpa", "PTR", "mail.example.test.");
        DnsjavaDns dns = dns();

        DnsAnswer txt = get(dns.query("example.test.", "TXT"));
        assertThat(txt.outcome()).isEqualTo(DnsOutcome.ANSWER);
        assertThat(txt.records()).containsExactlyInAnyOrder(spf, "google-site-verification=abc");
        assertThat(txt.exchange().name()).isEqualTo("example.test");
        assertThat(txt.exchange().type()).isEqualTo("TXT");

        DnsAnswer ptr = get(dns.query("25.2.0.192.in-addr.arpa", "PTR"));
        assertThat(ptr.records()).containsExactly("mail.example.test.");
        assertThat(ptr.exchange().type()).isEqualTo("PTR");
    }

    @Test
    void nxdomainAndNodataAreDefinite() throws Exception {
        server.add("mail.example.test", "A", "192.0.2.25");
        DnsjavaDns dns = dns();

        DnsAnswer nx = get(dns.query("nope.example.test", "A"));
        assertThat(nx.outcome()).isEqualTo(DnsOutcome.NXDOMAIN);
        assertThat(nx.isDefinite()).isTrue();
        assertThat(nx.records()).isEmpty();
        assertThat(nx.exchange().rcode()).isEqualTo("NXDOMAIN");
        assertThat(nx.exchange().attempts()).isEqualTo(1);

        DnsAnswer nodata = get(dns.query("mail.example.test", "TXT"));
        assertThat(nodata.outcome()).isEqualTo(DnsOutcome.NO_DATA);
        assertThat(nodata.isDefinite()).isTrue();
        assertThat(nodata.records()).isEmpty();
        assertThat(nodata.exchange().rcode()).isEqualTo("NOERROR");
    }

    @Test
    void servfailAndRefusedAreReportedWithoutRetry() throws Exception {
        server.add("a.broken.test", "A", "192.0.2.1").servfail("*.broken.test").refused("*.closed.test");
        DnsjavaDns dns = dns();

        DnsAnswer servfail = get(dns.query("a.broken.test", "A"));
        assertThat(servfail.outcome()).isEqualTo(DnsOutcome.SERVFAIL);
        assertThat(servfail.isDefinite()).isFalse();
        assertThat(servfail.records()).isEmpty();
        assertThat(servfail.exchange().rcode()).isEqualTo("SERVFAIL");
        assertThat(servfail.exchange().attempts()).isEqualTo(1);

        DnsAnswer refused = get(dns.query("x.closed.test", "TXT"));
        assertThat(refused.outcome()).isEqualTo(DnsOutcome.REFUSED);
        assertThat(refused.isDefinite()).isFalse();
        assertThat(refused.exchange().rcode()).isEqualTo("REFUSED");

        assertThat(server.queryCount("broken.test")).isEqualTo(1);
        assertThat(server.queryCount("closed.test")).isEqualTo(1);
    }

    @Test
    void timeoutIsRetriedOnceThenReported() throws Exception {
        server.add("slow.example.test", "A", "192.0.2.1").timeout("slow.example.test");
        long start = System.nanoTime();

        DnsAnswer answer = get(dns().query("slow.example.test", "A"));

        long elapsed = millisSince(start);
        assertThat(answer.outcome()).isEqualTo(DnsOutcome.TIMEOUT);
        assertThat(answer.isDefinite()).isFalse();
        assertThat(answer.records()).isEmpty();
        assertThat(answer.exchange().rcode()).isEqualTo("TIMEOUT");
        assertThat(answer.exchange().attempts()).isEqualTo(2);
        assertThat(answer.exchange().latency()).isGreaterThanOrEqualTo(TIMEOUT.multipliedBy(2));
        assertThat(elapsed).isBetween(2 * TIMEOUT.toMillis(), 2 * TIMEOUT.toMillis() + 1500);
        assertThat(server.queryCount("slow.example.test")).isEqualTo(2);
    }

    @Test
    void retryGoesToTheSecondResolver() throws Exception {
        try (FakeDnsServer second = new FakeDnsServer()) {
            server.timeout("*");
            second.add("mail.example.test", "A", "192.0.2.25");
            DnsjavaDns dns = dns(64, server, second);

            DnsAnswer answer = get(dns.query("mail.example.test", "A"));

            assertThat(answer.outcome()).isEqualTo(DnsOutcome.ANSWER);
            assertThat(answer.records()).containsExactly("192.0.2.25");
            assertThat(answer.exchange().attempts()).isEqualTo(2);
            assertThat(answer.exchange().resolver()).isEqualTo("127.0.0.1:" + second.address().getPort());
            assertThat(answer.exchange().latency()).isGreaterThanOrEqualTo(TIMEOUT);
            assertThat(server.queryCount("mail.example.test")).isEqualTo(1);
            assertThat(second.queryCount("mail.example.test")).isEqualTo(1);
            assertThat(dns.describe()).isEqualTo("127.0.0.1:" + server.address().getPort()
                    + ", 127.0.0.1:" + second.address().getPort());
        }
    }

    @Test
    void truncatedUdpAnswerIsRetriedOverTcp() throws Exception {
        server.add("big.example.test", "TXT", "v=spf1 -all").truncate("*.example.test");

        DnsAnswer answer = get(dns().query("big.example.test", "TXT"));

        assertThat(answer.outcome()).isEqualTo(DnsOutcome.ANSWER);
        assertThat(answer.records()).containsExactly("v=spf1 -all");
        assertThat(answer.exchange().transport()).isEqualTo("tcp");
        assertThat(answer.exchange().attempts()).isEqualTo(1);
        assertThat(server.queries()).extracting(FakeDnsServer.Query::transport).containsExactly("udp", "tcp");
    }

    @Test
    void manyTruncatedAnswersShareTcpConnections() throws Exception {
        server.answerUnder("zen.test", relative -> List.of(FakeDnsServer.rr("TXT", "listed " + relative)))
                .truncate("*.zen.test")
                .delay(Duration.ofMillis(20));
        DnsjavaDns dns = new DnsjavaDns(List.of(server.address()), PATIENT, 64);

        List<CompletableFuture<DnsAnswer>> pending = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            pending.add(dns.query(i + ".zen.test", "TXT").toCompletableFuture());
        }
        for (int i = 0; i < 50; i++) {
            DnsAnswer answer = pending.get(i).get(15, TimeUnit.SECONDS);
            assertThat(answer.records()).containsExactly("listed " + i);
            assertThat(answer.exchange().transport()).isEqualTo("tcp");
        }
        assertThat(server.queries()).filteredOn(q -> q.transport().equals("tcp")).hasSize(50);
    }

    @Test
    void answerTooBigForUdpComesOverTcp() throws Exception {
        for (int i = 0; i < 40; i++) {
            server.add("many.example.test", "TXT", "record " + i + " " + "x".repeat(60));
        }

        DnsAnswer answer = get(dns().query("many.example.test", "TXT"));

        assertThat(answer.outcome()).isEqualTo(DnsOutcome.ANSWER);
        assertThat(answer.records()).hasSize(40);
        assertThat(answer.exchange().transport()).isEqualTo("tcp");
    }

    @Test
    void globalInFlightLimitIsHonoured() throws Exception {
        server.answerUnder("zen.test", relative -> List.of(FakeDnsServer.rr("A", "127.0.0.2")))
                .delay(Duration.ofMillis(100));
        DnsjavaDns dns = new DnsjavaDns(List.of(server.address()), PATIENT, 4);
        long start = System.nanoTime();

        List<CompletableFuture<DnsAnswer>> pending = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pending.add(dns.query(i + ".0.0.127.zen.test", "A").toCompletableFuture());
        }
        for (CompletableFuture<DnsAnswer> f : pending) {
            assertThat(f.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(DnsOutcome.ANSWER);
        }

        assertThat(millisSince(start)).isGreaterThanOrEqualTo(950);
        assertThat(server.queryCount("zen.test")).isEqualTo(40);
        assertThat(server.peakConcurrency("zen.test")).isBetween(2, 4);
        assertThat(dns.peakInFlight()).isEqualTo(4);
    }

    @Test
    void manySlowQueriesRunConcurrently() throws Exception {
        server.answerUnder("zen.test", relative -> List.of(FakeDnsServer.rr("A", "127.0.0.2")))
                .delay(Duration.ofMillis(100));
        DnsjavaDns dns = new DnsjavaDns(List.of(server.address()), PATIENT, 256);
        get(dns.query("warm-up.zen.test", "A"));
        long start = System.nanoTime();

        List<CompletableFuture<DnsAnswer>> pending = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pending.add(dns.query(i + ".2.0.192.zen.test", "A").toCompletableFuture());
        }
        for (CompletableFuture<DnsAnswer> f : pending) {
            assertThat(f.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(DnsOutcome.ANSWER);
        }

        // One after another (or four at a time) this would take seconds; in parallel about 100 ms.
        assertThat(millisSince(start)).isBetween(100L, 1000L);
        assertThat(server.peakConcurrency("2.0.192.zen.test")).isGreaterThan(50);
    }

    @Test
    void unreachableResolverGivesAnOutcomeNotAnException() throws Exception {
        int closedPort;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        DnsjavaDns dns = new DnsjavaDns(List.of(new InetSocketAddress("127.0.0.1", closedPort)), TIMEOUT, 8);

        DnsAnswer answer = get(dns.query("mail.example.test", "A"));

        assertThat(answer.outcome()).isIn(DnsOutcome.TIMEOUT, DnsOutcome.NETWORK_ERROR);
        assertThat(answer.isDefinite()).isFalse();
        assertThat(answer.exchange().rcode()).isIn("TIMEOUT", "NETWORK_ERROR");
        assertThat(answer.exchange().attempts()).isEqualTo(2);
        assertThat(answer.exchange().resolver()).isEqualTo("127.0.0.1:" + closedPort);
    }
}
