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
    private final ThreadLocal<Boolean> draining = new ThreadLocal<>();

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
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(value);
                }
                release();
            });
        };
        synchronized (this) {
            waiting.add(start);
        }
        drain();
        return result;
    }

    /**
     * Starts queued tasks while slots are free. A loop, not recursion: tasks that complete at once
     * (cache hits, immediate failures) would otherwise nest one stack frame per queued task.
     */
    private void drain() {
        if (draining.get() != null) {
            return; // an outer drain() on this thread will pick the task up
        }
        draining.set(Boolean.TRUE);
        try {
            while (true) {
                Runnable next;
                synchronized (this) {
                    if (running >= limit || waiting.isEmpty()) {
                        return;
                    }
                    next = waiting.poll();
                    running++;
                    peak = Math.max(peak, running);
                }
                next.run();
            }
        } finally {
            draining.remove();
        }
    }

    private void release() {
        synchronized (this) {
            running--;
        }
        drain();
    }

    /** The highest number of tasks that ran at the same time; lets tests verify politeness. */
    public synchronized int peakInFlight() {
        return peak;
    }

    public int limit() {
        return limit;
    }
}
