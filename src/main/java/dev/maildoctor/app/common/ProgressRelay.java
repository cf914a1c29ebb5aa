package dev.maildoctor.app.common;

import dev.maildoctor.core.model.Progress;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Carries engine progress (reported from DNS threads, hundreds of times a second during a
 * neighbourhood scan) to the FX thread, coalescing updates so at most one is queued at a time.
 */
public final class ProgressRelay implements Progress.Listener {
    public interface Sink {
        void show(int done, int total);
    }

    private final Executor fxThread;
    private final Sink sink;
    private final AtomicLong latest = new AtomicLong();
    private final AtomicBoolean queued = new AtomicBoolean();

    public ProgressRelay(Executor fxThread, Sink sink) {
        this.fxThread = fxThread;
        this.sink = sink;
    }

    @Override
    public void changed(int done, int total) {
        latest.set(((long) done << 32) | (total & 0xffffffffL));
        if (queued.compareAndSet(false, true)) {
            fxThread.execute(() -> {
                queued.set(false);
                long packed = latest.get();
                sink.show((int) (packed >>> 32), (int) packed);
            });
        }
    }
}
