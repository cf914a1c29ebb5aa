package dev.maildoctor.core.model;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts planned and finished units of work and reports each change (thread-safe). */
public final class Progress {
    /** Receives (done, total) after every change; may be called from any thread. */
    public interface Listener {
        void changed(int done, int total);
    }

    public static final Progress NONE = new Progress((d, t) -> { });

    private final Listener listener;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();

    public Progress(Listener listener) {
        this.listener = listener;
    }

    public void plan(int units) {
        listener.changed(done.get(), total.addAndGet(units));
    }

    public void finishOne() {
        listener.changed(done.incrementAndGet(), total.get());
    }
}
