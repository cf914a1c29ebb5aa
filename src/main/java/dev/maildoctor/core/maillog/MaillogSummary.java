package dev.maildoctor.core.maillog;

import java.util.List;
import java.util.Map;

/**
 * The story of a set of Postfix logs.
 *
 * @param lines            lines read
 * @param messages         distinct queue ids seen
 * @param recipientDomains every recipient domain with at least one delivery attempt (sorted)
 */
public record MaillogSummary(
        long lines,
        long messages,
        Map<DeliveryStatus, Long> byStatus,
        List<DomainTally> byDomain,
        List<Incident> incidents,
        List<String> recipientDomains,
        List<DayTally> perDay) {

    public MaillogSummary {
        byStatus = Map.copyOf(byStatus);
        byDomain = List.copyOf(byDomain);
        incidents = List.copyOf(incidents);
        recipientDomains = List.copyOf(recipientDomains);
        perDay = List.copyOf(perDay);
    }
}
