package dev.maildoctor.core.maillog;

import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.routing.Provider;
import java.time.LocalDateTime;

/**
 * A run of reputation or blocklist rejections by one destination provider: "Gmail rejecting for
 * IP reputation since 2019-05-29 14:02, 312 messages". Log times have no zone, so they stay local.
 *
 * @param example one full remote response, as logged
 */
public record Incident(Provider provider, Reason reason, LocalDateTime firstSeen, LocalDateTime lastSeen, long count,
                       String example) {
}
