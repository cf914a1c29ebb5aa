package dev.maildoctor.core.maillog;

import java.time.LocalDate;

/** Deliveries per day and status, for the chart. */
public record DayTally(LocalDate day, long sent, long deferred, long bounced) {
}
