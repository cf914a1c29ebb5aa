package dev.maildoctor.core.maillog;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The story of a set of Postfix logs.
 *
 * <p>Counting rules: a recipient counts as {@code sent} or {@code bounced} each time Postfix logs
 * that status for it, and as {@code deferred} once per message however often it was retried (the
 * retries are in {@code deferrals}). A recipient deferred and later delivered therefore counts in
 * both {@code deferred} and {@code sent}: the chart shows both the trouble and the outcome.
 *
 * @param lines            lines read
 * @param messages         distinct queue ids seen
 * @param recipientDomains every recipient domain with at least one delivery attempt (sorted)
 * @param byResponse       normalised remote responses of deferred and bounced deliveries, most
 *                         frequent first (at most {@value #MAX_RESPONSES})
 * @param deferrals        every status=deferred line (retries included)
 * @param expired          messages Postfix gave up on ("status=expired, returned to sender")
 * @param postfixLines     lines written by Postfix (the rest is other programs or garbage)
 * @param firstSeen        time of the first Postfix line, or null when there was none
 * @param lastSeen         time of the last Postfix line, or null when there was none
 */
public record MaillogSummary(
        long lines,
        long messages,
        Map<DeliveryStatus, Long> byStatus,
        List<DomainTally> byDomain,
        List<Incident> incidents,
        List<String> recipientDomains,
        List<DayTally> perDay,
        List<ResponseCount> byResponse,
        long deferrals,
        long expired,
        long postfixLines,
        LocalDateTime firstSeen,
        LocalDateTime lastSeen) {

    public static final int MAX_RESPONSES = 100;

    public MaillogSummary {
        byStatus = Map.copyOf(byStatus);
        byDomain = List.copyOf(byDomain);
        incidents = List.copyOf(incidents);
        recipientDomains = List.copyOf(recipientDomains);
        perDay = List.copyOf(perDay);
        byResponse = List.copyOf(byResponse);
    }

    /** The original shape, for callers that only have the first seven parts. */
    public MaillogSummary(long lines, long messages, Map<DeliveryStatus, Long> byStatus, List<DomainTally> byDomain,
                          List<Incident> incidents, List<String> recipientDomains, List<DayTally> perDay) {
        this(lines, messages, byStatus, byDomain, incidents, recipientDomains, perDay, List.of(), 0, 0, lines,
                null, null);
    }

    /** Count for one status, zero when absent. */
    public long count(DeliveryStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
