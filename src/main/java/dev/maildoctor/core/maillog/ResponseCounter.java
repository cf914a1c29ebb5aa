package dev.maildoctor.core.maillog;

import dev.maildoctor.core.message.bounce.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts normalised responses. At most {@code capacity} distinct texts are tracked; once full, only
 * known ones are counted (normalising keeps the distinct texts few, so the cap guards memory
 * against odd logs rather than cutting real data).
 */
final class ResponseCounter {
    private static final class Entry {
        long count;
        final Reason reason;

        Entry(Reason reason) {
            this.reason = reason;
        }
    }

    private final int capacity;
    private final Map<String, Entry> counts = new HashMap<>();

    ResponseCounter(int capacity) {
        this.capacity = capacity;
    }

    void add(String normalised, Reason reason) {
        Entry e = counts.get(normalised);
        if (e == null) {
            if (counts.size() >= capacity) {
                return;
            }
            e = new Entry(reason);
            counts.put(normalised, e);
        }
        e.count++;
    }

    /** The {@code limit} most frequent, most frequent first (ties by text). */
    List<ResponseCount> top(int limit) {
        List<ResponseCount> all = new ArrayList<>(counts.size());
        counts.forEach((text, e) -> all.add(new ResponseCount(text, e.count, e.reason)));
        all.sort(Comparator.comparingLong(ResponseCount::count).reversed().thenComparing(ResponseCount::response));
        return all.size() > limit ? new ArrayList<>(all.subList(0, limit)) : all;
    }
}
