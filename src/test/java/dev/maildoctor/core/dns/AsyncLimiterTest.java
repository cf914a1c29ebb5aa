package dev.maildoctor.core.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AsyncLimiterTest {

    @Test
    void rejectsALimitBelowOne() {
        assertThatThrownBy(() -> new AsyncLimiter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AsyncLimiter(3).limit()).isEqualTo(3);
    }

    @Test
    void startsTasksUpToTheLimitAndTheRestInOrderAsSlotsFree() {
        AsyncLimiter limiter = new AsyncLimiter(2);
        List<CompletableFuture<String>> gates = new ArrayList<>();
        List<Integer> started = new ArrayList<>();
        List<CompletableFuture<String>> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int index = i;
            CompletableFuture<String> gate = new CompletableFuture<>();
            gates.add(gate);
            results.add(limiter.submit(() -> {
                started.add(index);
                return gate;
            }).toCompletableFuture());
        }

        assertThat(started).containsExactly(0, 1);
        gates.get(1).complete("one");
        assertThat(results.get(1)).isCompletedWithValue("one");
        assertThat(started).containsExactly(0, 1, 2);
        gates.get(0).complete("zero");
        assertThat(started).containsExactly(0, 1, 2, 3);
        gates.get(2).complete("two");
        gates.get(3).complete("three");
        assertThat(started).containsExactly(0, 1, 2, 3, 4);
        gates.get(4).complete("four");

        assertThat(results).allSatisfy(r -> assertThat(r).isCompleted());
        assertThat(results.get(4)).isCompletedWithValue("four");
        assertThat(limiter.peakInFlight()).isEqualTo(2);
    }

    @Test
    void failuresArePassedOnAndFreeTheirSlot() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        CompletableFuture<String> gate = new CompletableFuture<>();
        CompletableFuture<String> first = limiter.submit(() -> gate).toCompletableFuture();
        CompletableFuture<String> throwing = limiter.<String>submit(() -> {
            throw new IllegalStateException("boom");
        }).toCompletableFuture();
        CompletableFuture<String> last = limiter.submit(() -> CompletableFuture.completedFuture("ok"))
                .toCompletableFuture();
        assertThat(throwing).isNotDone();

        gate.completeExceptionally(new IllegalArgumentException("bad"));

        assertThatThrownBy(first::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(throwing::join).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(last).isCompletedWithValue("ok");
        assertThat(limiter.submit(() -> CompletableFuture.completedFuture(1)).toCompletableFuture())
                .isCompletedWithValue(1);
        assertThat(limiter.peakInFlight()).isEqualTo(1);
    }

    @Test
    void neverExceedsTheLimitUnderConcurrentUse() throws Exception {
        AsyncLimiter limiter = new AsyncLimiter(8);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxSeen = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(8);
        int tasks = 2000;
        CountDownLatch done = new CountDownLatch(tasks);
        try {
            for (int i = 0; i < tasks; i++) {
                workers.execute(() -> limiter.submit(() -> {
                    maxSeen.accumulateAndGet(running.incrementAndGet(), Math::max);
                    return CompletableFuture.runAsync(running::decrementAndGet, workers);
                }).whenComplete((v, e) -> done.countDown()));
            }
            assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            workers.shutdownNow();
        }
        assertThat(maxSeen.get()).isBetween(1, 8);
        assertThat(limiter.peakInFlight()).isBetween(1, 8);
    }
}
