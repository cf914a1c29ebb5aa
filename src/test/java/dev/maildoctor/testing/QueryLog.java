package dev.maildoctor.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every question a {@link FakeDnsServer} received, with when it arrived and when it was answered
 * (or dropped), so tests can count queries and measure how many were outstanding at once.
 */
final class QueryLog {
    static final class Entry {
        final FakeDnsServer.Query query;
        final long received = System.nanoTime();
        volatile long finished = Long.MAX_VALUE;

        Entry(FakeDnsServer.Query query) {
            this.query = query;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    Entry received(String name, String type, String transport) {
        Entry entry = new Entry(new FakeDnsServer.Query(name, type, transport, Instant.now()));
        synchronized (entries) {
            entries.add(entry);
        }
        return entry;
    }

    /** Marks a question answered; called just before the reply is sent so the client cannot overtake it. */
    void finished(Entry entry) {
        entry.finished = System.nanoTime();
    }

    List<Entry> under(String suffix) {
        String s = FakeZone.normalize(suffix);
        synchronized (entries) {
            return entries.stream().filter(e -> FakeZone.isUnder(e.query.name(), s)).toList();
        }
    }

    /** The largest number of questions under {@code suffix} that were received but not yet answered. */
    int peakConcurrency(String suffix) {
        List<long[]> events = new ArrayList<>();
        for (Entry e : under(suffix)) {
            events.add(new long[] {e.received, 1});
            events.add(new long[] {e.finished, -1});
        }
        // At equal times, count the answer before the next arrival.
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int current = 0;
        int peak = 0;
        for (long[] event : events) {
            current += (int) event[1];
            peak = Math.max(peak, current);
        }
        return peak;
    }
}
