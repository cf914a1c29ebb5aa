package dev.maildoctor.core.maillog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Turns log time stamps into local seconds (a {@link LocalDateTime} counted as if it were UTC, so
 * no zone rules are involved) and back.
 *
 * <p>Classic syslog stamps ("Nov 28 06:42:15") carry no year. The file's last modification is
 * taken as the time of its last line: each line gets that year, unless its month and day come
 * later in the calendar than the modification date (with a day's grace for clock skew), in which
 * case it was written the year before. Reading a file that was last written on 3 January from its
 * end, the year thus rolls back where the months go backwards (January → December). ISO-8601 and
 * journald stamps carry their year; their offset is ignored, since every log time stays local.
 */
final class LogClock {
    static final long NO_TIME = Long.MIN_VALUE;
    private static final long SECONDS_PER_DAY = 86_400;

    private int referenceYear;
    private int referenceMonthDay;
    private int cachedKey = -1;
    private long cachedEpochDay;

    LogClock(LocalDate lastWritten) {
        reference(lastWritten);
    }

    /** The date the next file (or stream) was last written. */
    void reference(LocalDate lastWritten) {
        LocalDate graced = lastWritten.plusDays(1);
        referenceYear = graced.getYear();
        referenceMonthDay = graced.getMonthValue() * 32 + graced.getDayOfMonth();
        if (graced.getYear() != lastWritten.getYear()) {
            // written on 31 December: every month and day is within the grace of that year
            referenceYear = lastWritten.getYear();
            referenceMonthDay = 12 * 32 + 31;
        }
    }

    /** A classic stamp; NO_TIME when the day does not exist in the inferred year. */
    long classic(int month, int day, int hour, int minute, int second) {
        int year = month * 32 + day > referenceMonthDay ? referenceYear - 1 : referenceYear;
        return of(year, month, day, hour, minute, second);
    }

    long of(int year, int month, int day, int hour, int minute, int second) {
        if (hour > 23 || minute > 59 || second > 60) {
            return NO_TIME;
        }
        int key = (year * 13 + month) * 32 + day;
        if (key != cachedKey) {
            try {
                cachedEpochDay = LocalDate.of(year, month, day).toEpochDay();
            } catch (DateTimeException e) {
                return NO_TIME;
            }
            cachedKey = key;
        }
        return cachedEpochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + Math.min(second, 59);
    }

    static long epochDay(long localSeconds) {
        return Math.floorDiv(localSeconds, SECONDS_PER_DAY);
    }

    static LocalDateTime toDateTime(long localSeconds) {
        return localSeconds == NO_TIME ? null : LocalDateTime.ofEpochSecond(localSeconds, 0, ZoneOffset.UTC);
    }
}
