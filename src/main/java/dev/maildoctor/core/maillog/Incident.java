package dev.maildoctor.core.maillog;

import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.routing.Provider;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A run of reputation or blocklist rejections by one destination provider: "Gmail rejecting for
 * IP reputation since 2019-05-29 14:02, 312 messages". Log times have no zone, so they stay local.
 *
 * @param count   distinct messages refused (deferred or bounced), not retries
 * @param example one full remote response, as logged
 * @param endedAt the first successful delivery to the provider after which the rejections stopped
 *                (for at least {@link #QUIET}), or null when the log ends with the
 *                incident still open
 * @param domains recipient domains that were refused (sorted, at most {@value #MAX_DOMAINS})
 */
public record Incident(Provider provider, Reason reason, LocalDateTime firstSeen, LocalDateTime lastSeen, long count,
                       String example, LocalDateTime endedAt, List<String> domains) {
    public static final int MAX_DOMAINS = 50;
    /**
     * How long refusals must stay away, with mail accepted again, before an incident counts as over:
     * long enough that a provider refusing a few messages an hour keeps one incident rather than a
     * dozen short ones; short enough that the next day's trouble is a new incident.
     */
    public static final Duration QUIET = Duration.ofHours(6);

    public Incident {
        domains = List.copyOf(domains);
    }

    public Incident(Provider provider, Reason reason, LocalDateTime firstSeen, LocalDateTime lastSeen, long count,
                    String example) {
        this(provider, reason, firstSeen, lastSeen, count, example, null, List.of());
    }

    public boolean ongoing() {
        return endedAt == null;
    }
}
