package dev.maildoctor.core.dns;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Paces starts to an operator's published query rate (generic cell rate algorithm): up to
 * {@code burst} starts go at once, after that one every {@code 1/perSecond}. Waiting is scheduled,
 * never slept, so no thread is held.
 */
public final class RateGate {
    private final long intervalNanos;
    private final long toleranceNanos;
    private long theoreticalArrival;

    public RateGate(double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate and burst must be positive");
        }
        this.intervalNanos = (long) (1_000_000_000L / perSecond);
        this.toleranceNanos = intervalNanos * (burst - 1);
        this.theoreticalArrival = System.nanoTime();
    }

    /** Completes when the caller may start its query. */
    public CompletionStage<Void> acquire() {
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            long tat = Math.max(theoreticalArrival, now);
            waitNanos = tat - toleranceNanos - now;
            theoreticalArrival = tat + intervalNanos;
        }
        if (waitNanos <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        Executor later = CompletableFuture.delayedExecutor(waitNanos, TimeUnit.NANOSECONDS);
        return CompletableFuture.runAsync(() -> { }, later);
    }
}
