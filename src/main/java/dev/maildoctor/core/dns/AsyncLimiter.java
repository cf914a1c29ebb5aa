package dev.maildoctor.core.dns;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Caps how many asynchronous tasks are in flight at once without blocking any thread: tasks over
 * the limit wait in a queue and start when an earlier one completes. Used for the global DNS
 * in-flight limit and for per-list politeness limits.
 */
public final class AsyncLimiter {
    private final int limit;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int running;
    private int peak;

    public AsyncLimiter(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
    }

    public <T> CompletionStage<T> submit(Supplier<? extends CompletionStage<T>> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable start = () -> {
            CompletionStage<T> stage;
            try {
                stage = task.get();
            } catch (RuntimeException e) {
                stage = CompletableFuture.failedFuture(e);
            }
            stage.whenComplete((value, error) -> {
                release();
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(value);
                }
            });
        };
        boolean runNow;
        synchronized (this) {
            runNow = running < limit;
            if (runNow) {
                running++;
                peak = Math.max(peak, running);
            } else {
                waiting.add(start);
            }
        }
        if (runNow) {
            start.run();
        }
        return result;
    }

    private void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                running--;
                return;
            }
        }
        next.run();
    }

    /** The highest number of tasks that ran at the same time; lets tests verify politeness. */
    public synchronized int peakInFlight() {
        return peak;
    }

    public int limit() {
        return limit;
    }
}
