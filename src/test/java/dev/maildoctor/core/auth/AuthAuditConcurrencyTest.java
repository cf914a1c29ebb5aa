package dev.maildoctor.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.bench.AuthBenchmark;
import dev.maildoctor.core.dkim.SelectorsLoader;
import dev.maildoctor.core.dns.DnsSettings;
import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.testing.FakeDnsServer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The audit asks its questions concurrently: with every answer 100 ms late, a run over an SPF tree
 * of depth 3, DMARC, 20 selectors and PTR takes about 400 ms (see AuthBenchmark); asked one after
 * another it would take several seconds. The bound is generous so a busy machine does not fail it.
 */
class AuthAuditConcurrencyTest {

    @Test
    void aFullAuditTakesAboutTheLongestChainOfDependentQuestions() throws Exception {
        try (FakeDnsServer server = new FakeDnsServer()) {
            AuthBenchmark.serve(server);
            server.delay(Duration.ofMillis(100));
            AuthAudit audit = new AuthAudit(new DnsjavaDns(List.of(server.address()), Duration.ofSeconds(3),
                    DnsSettings.BULK_MAX_IN_FLIGHT), SelectorsLoader.loadBundled(),
                    probe -> CompletableFuture.failedFuture(new IllegalStateException("not probed")));
            AuthRequest request = new AuthRequest("sender.example", Optional.of(InetAddress.getByName("192.0.2.25")),
                    Optional.of("mail.sender.example"), IntStream.range(0, 20).mapToObj(i -> "sel" + i).toList(), false);
            audit.audit(request).toCompletableFuture().join(); // warm-up
            long start = System.nanoTime();
            AuthReport report = audit.audit(request).toCompletableFuture().join();
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(report.spf().lookups()).isEqualTo(3);
            assertThat(report.dkim().found()).isEqualTo(1);
            assertThat(report.dmarc().status()).isNotEqualTo(Status.UNKNOWN);
            assertThat(ms).as("audit time with 100 ms per answer").isLessThan(2_000);
        }
    }
}
