package dev.maildoctor.core.maillog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Deliveries per day; the last day used is kept at hand since log lines come in time order. The
 * tallies run without gaps from the first to the last day of the log (at most {@link #MAX_DAYS}),
 * so a chart shows quiet days as zero.
 */
final class DayCounters {
    static final int MAX_DAYS = 3660;
    private final TreeMap<Long, long[]> days = new TreeMap<>();
    private long lastDay = Long.MIN_VALUE;
    private long[] last;

    void add(long localSeconds, DeliveryStatus status) {
        long day = LogClock.epochDay(localSeconds);
        if (day != lastDay) {
            last = days.computeIfAbsent(day, d -> new long[DeliveryStatus.values().length]);
            lastDay = day;
        }
        last[status.ordinal()]++;
    }

    /** From the day of {@code first} to that of {@code last} (local seconds of log lines, or NO_TIME). */
    List<DayTally> tallies(long first, long last) {
        if (first != LogClock.NO_TIME) {
            long from = LogClock.epochDay(first);
            long to = Math.min(LogClock.epochDay(last), from + MAX_DAYS - 1);
            for (long d = from; d <= to; d++) {
                days.putIfAbsent(d, new long[DeliveryStatus.values().length]);
            }
        }
        List<DayTally> out = new ArrayList<>(days.size());
        days.forEach((day, c) -> out.add(new DayTally(LocalDate.ofEpochDay(day),
                c[DeliveryStatus.SENT.ordinal()], c[DeliveryStatus.DEFERRED.ordinal()],
                c[DeliveryStatus.BOUNCED.ordinal()])));
        return out;
    }
}
