package dev.maildoctor.core.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dns.CancellableDns;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.testing.FakeDnsServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import dev.maildoctor.core.model.Msg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many domains at once: order, progress, bounded concurrency, speed, failures and cancellation. */
class BulkClassifierTest {
    private final FakeDnsServer server = new FakeDnsServer();

    @AfterEach
    void close() {
        server.close();
    }

    private DnsjavaDns dns(Duration timeout, int maxInFlight) {
        return new DnsjavaDns(List.of(server.address()), timeout, maxInFlight);
    }

    /** Records every progress change. */
    private static final class Changes {
        final List<int[]> seen = Collections.synchronizedList(new ArrayList<>());
        final Progress progress = new Progress((done, total) -> seen.add(new int[] {done, total}));

        /** The highest count seen: listeners on several threads may report out of order. */
        int finished() {
            synchronized (seen) {
                return seen.stream().mapToInt(c -> c[0]).max().orElse(0);
            }
        }
    }

    private static List<RecipientDomain> domains(String... names) {
        return DomainList.of(List.of(names)).domains();
    }

    private static List<RecipientDomain> numbered(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(prefix + i + ".example");
        }
        return DomainList.of(names).domains();
    }

    @Test
    void resultsKeepInputOrderAndProgressCountsEveryDomain() {
        server.add("g.example", "MX", "1 smtp.google.com.")
                .add("m.example", "MX", "0 m-example.mail.protection.outlook.com.")
                .add("own.example", "MX", "10 mail.own.example.")
                .add("slow.example", "MX", "1 smtp.google.com.")
                .delay("slow.example", Duration.ofMillis(200))
                .servfail("broken.example");
        Changes changes = new Changes();
        List<RecipientDomain> input = domains("slow.example", "g.example", "broken.example", "gone.example",
                "m.example", "own.example");
        List<DomainClassification> results = new BulkClassifier(dns(Duration.ofMillis(500), 64), ProviderRules.bundled())
                .classifyAll(input, changes.progress).toCompletableFuture().join();
        assertThat(results).extracting(DomainClassification::domain).isEqualTo(input);
        assertThat(results).extracting(DomainClassification::provider).containsExactly(Verdicts.GOOGLE_WORKSPACE,
                Verdicts.GOOGLE_WORKSPACE, Verdicts.UNKNOWN, Verdicts.NXDOMAIN, Verdicts.MICROSOFT365, Verdicts.SELF_HOSTED);
        assertThat(results.get(2).status()).isEqualTo(Status.UNKNOWN);
        assertThat(changes.seen).hasSize(input.size() + 1);
        assertThat(changes.seen.get(0)).containsExactly(0, input.size());
        assertThat(changes.finished()).isEqualTo(input.size());
    }

    @Test
    void anEmptyListCompletesAtOnce() {
        Changes changes = new Changes();
        assertThat(new BulkClassifier(dns(Duration.ofMillis(200), 4), ProviderRules.bundled())
                .classifyAll(List.of(), changes.progress).toCompletableFuture().join()).isEmpty();
        assertThat(changes.seen).singleElement().satisfies(c -> assertThat(c).containsExactly(0, 0));
    }

    @Test
    @Timeout(30)
    void threeHundredDomainsBehindA100msResolverFinishFarFasterThanSequentialLookups() {
        server.answerUnder("example", rel -> List.of(FakeDnsServer.rr("MX", "10 mx." + rel + ".example.")));
        server.delay(Duration.ofMillis(100));
        List<RecipientDomain> input = numbered("p", 300);
        long start = System.nanoTime();
        List<DomainClassification> results = new BulkClassifier(dns(Duration.ofSeconds(3), 64), ProviderRules.bundled())
                .classifyAll(input, Progress.NONE).toCompletableFuture().join();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(results).extracting(DomainClassification::provider).containsOnly(Verdicts.SELF_HOSTED);
        // Sequential lookups would take 30 s; 64 in flight need about 0.5 s.
        assertThat(millis).isLessThan(4_000);
        assertThat(server.peakConcurrency("example")).isGreaterThan(32);
    }

    @Test
    void theNumberOfDomainsInFlightIsBounded() {
        server.answerUnder("example", rel -> List.of(FakeDnsServer.rr("MX", "10 mx." + rel + ".example.")));
        server.delay(Duration.ofMillis(20));
        List<DomainClassification> results = new BulkClassifier(dns(Duration.ofSeconds(3), 256), ProviderRules.bundled(), 8)
                .classifyAll(numbered("b", 100), Progress.NONE).toCompletableFuture().join();
        assertThat(results).hasSize(100);
        assertThat(server.peakConcurrency("example")).isBetween(2, 8);
    }

    @Test
    void aFailingDnsNeverFailsTheRun() {
        AtomicInteger calls = new AtomicInteger();
        Dns flaky = new Dns() {
            @Override
            public CompletionStage<DnsAnswer> query(String name, String type) {
                if (calls.incrementAndGet() % 2 == 0) {
                    throw new IllegalStateException("boom");
                }
                return CompletableFuture.failedFuture(new IllegalStateException("bang"));
            }

            @Override
            public String describe() {
                return "flaky";
            }
        };
        List<DomainClassification> results = new BulkClassifier(flaky, ProviderRules.bundled())
                .classifyAll(numbered("f", 20), Progress.NONE).toCompletableFuture().join();
        assertThat(results).hasSize(20).allSatisfy(c -> {
            assertThat(c.provider()).isEqualTo(Verdicts.UNKNOWN);
            assertThat(c.status()).isEqualTo(Status.UNKNOWN);
            assertThat(c.problem()).isPresent();
        });
    }

    @Test
    @Timeout(20)
    void afterCancelTheRemainingDomainsFinishQuicklyAsCancelled() {
        server.answerUnder("example", rel -> List.of(FakeDnsServer.rr("MX", "10 mx." + rel + ".example.")));
        server.delay(Duration.ofMillis(200));
        CancellableDns dns = new CancellableDns(dns(Duration.ofSeconds(3), 16));
        Changes changes = new Changes();
        int n = 1_000;
        CompletableFuture<List<DomainClassification>> run = new BulkClassifier(dns, ProviderRules.bundled())
                .classifyAll(numbered("c", n), changes.progress).toCompletableFuture();
        while (changes.seen.size() < 20) {
            Thread.onSpinWait();
        }
        dns.cancel();
        long cancelled = System.nanoTime();
        List<DomainClassification> results = run.join();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelled);
        assertThat(millis).isLessThan(1_000);
        assertThat(results).hasSize(n);
        assertThat(results).filteredOn(c -> c.problem().filter(p -> p.key().equals("recipients.problem.cancelled")).isPresent())
                .hasSizeGreaterThan(n / 2)
                .allSatisfy(c -> assertThat(c.provider()).isEqualTo(Verdicts.UNKNOWN));
        assertThat(changes.seen).hasSize(n + 1);
        assertThat(changes.finished()).isEqualTo(n);
    }

    @Test
    @Timeout(20)
    void cancelDoesNotWaitForQuestionsThatNeverGetAnAnswer() {
        server.timeout("*");
        CancellableDns dns = new CancellableDns(dns(Duration.ofSeconds(5), 64));
        CompletableFuture<List<DomainClassification>> run = new BulkClassifier(dns, ProviderRules.bundled())
                .classifyAll(numbered("t", 100), Progress.NONE).toCompletableFuture();
        dns.cancel();
        long start = System.nanoTime();
        List<DomainClassification> results = run.join();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000);
        assertThat(results).hasSize(100).allSatisfy(c -> assertThat(c.problem()).contains(Msg.of("recipients.problem.cancelled")));
    }
}
