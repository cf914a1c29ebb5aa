package dev.maildoctor.core.dns;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Wraps a {@link Dns} so that a user's Cancel stops every question not yet sent. */
public final class CancellableDns implements Dns {
    private final Dns delegate;
    private volatile boolean cancelled;

    public CancellableDns(Dns delegate) {
        this.delegate = delegate;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public CompletionStage<DnsAnswer> query(String name, String type) {
        if (cancelled) {
            return CompletableFuture.failedFuture(new CancellationException("cancelled"));
        }
        return delegate.query(name, type).thenApply(answer -> {
            if (cancelled) {
                throw new CancellationException("cancelled");
            }
            return answer;
        });
    }

    @Override
    public String describe() {
        return delegate.describe();
    }
}
