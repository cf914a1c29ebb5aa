package dev.maildoctor.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RateGateTest {
    @Test
    void burstGoesAtOnceThenStartsArePaced() {
        RateGate gate = new RateGate(20, 5); // one start every 50 ms after a burst of 5
        long start = System.nanoTime();
        List<CompletableFuture<Long>> starts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            starts.add(gate.acquire().thenApply(v -> (System.nanoTime() - start) / 1_000_000).toCompletableFuture());
        }
        List<Long> ms = starts.stream().map(CompletableFuture::join).toList();
        assertThat(ms.subList(0, 5)).allMatch(t -> t < 30);
        // the tenth start is five intervals after the burst: about 250 ms
        assertThat(ms.get(9)).isBetween(200L, 600L);
        // start i may not go before (i - 4) intervals; timers may fire a little late, never early
        for (int i = 5; i < 10; i++) {
            assertThat(ms.get(i)).as("start " + i).isGreaterThanOrEqualTo((i - 4) * 50L - 5);
        }
    }
}
