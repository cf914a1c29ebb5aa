package dev.maildoctor.report;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.maillog.DeliveryStatus;
import dev.maildoctor.core.maillog.DomainTally;
import dev.maildoctor.core.maillog.Incident;
import dev.maildoctor.core.maillog.MaillogSummary;
import dev.maildoctor.core.maillog.ResponseCount;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** The readable form of a mail-log summary: totals, incidents first, then the domains with most failures. */
public final class MaillogTextReport {
    /** Domains shown in text; the JSON has them all. */
    static final int DOMAINS_SHOWN = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages m;
    private final BounceLabels labels;

    public MaillogTextReport(Messages messages) {
        this.m = messages;
        this.labels = new BounceLabels(messages);
    }

    public String render(MaillogSummary s) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("maillog.text.title", s.lines(), s.messages())).append('\n');
        sb.append(m.get("maillog.text.by_status", count(s, DeliveryStatus.SENT), count(s, DeliveryStatus.DEFERRED),
                count(s, DeliveryStatus.BOUNCED))).append("\n\n");
        if (s.incidents().isEmpty()) {
            sb.append(m.get("maillog.text.no_incidents")).append('\n');
        } else {
            sb.append(m.get("maillog.text.incidents", s.incidents().size())).append('\n');
            for (Incident i : s.incidents()) {
                sb.append("  ").append(incident(i)).append('\n');
                sb.append("    ").append(m.get("maillog.text.example", i.example().strip())).append('\n');
            }
        }
        List<DomainTally> domains = s.byDomain().stream()
                .sorted(Comparator.comparingLong((DomainTally d) -> d.bounced() + d.deferred()).reversed()
                        .thenComparing(Comparator.comparingLong(DomainTally::sent).reversed()))
                .limit(DOMAINS_SHOWN).toList();
        if (!domains.isEmpty()) {
            sb.append('\n').append(m.get("maillog.text.domains", domains.size(), s.byDomain().size())).append('\n');
            TextTable table = new TextTable().row(m.get("maillog.col.domain"), labels.status(DeliveryStatus.SENT),
                    labels.status(DeliveryStatus.DEFERRED), labels.status(DeliveryStatus.BOUNCED));
            for (DomainTally d : domains) {
                table.row(d.domain(), Long.toString(d.sent()), Long.toString(d.deferred()), Long.toString(d.bounced()));
            }
            sb.append(indent(table.render()));
            for (DomainTally d : domains) {
                if (!d.topResponses().isEmpty() && d.bounced() + d.deferred() > 0) {
                    sb.append('\n').append("  ").append(m.get("maillog.text.responses", d.domain())).append('\n');
                    for (ResponseCount r : d.topResponses()) {
                        sb.append("    ").append(m.get("maillog.text.response", r.count(), r.response().strip()))
                                .append('\n');
                    }
                }
            }
        }
        sb.append('\n').append(m.get("maillog.text.recipient_domains", s.recipientDomains().size())).append('\n');
        return sb.toString();
    }

    /**
     * "Gmail: Bad sender reputation, 312 messages refused from 2019-05-29 14:02 to 2019-05-31 09:10;
     * mail accepted again from 2019-05-31 11:40."
     */
    public String incident(Incident i) {
        String refused = m.get("maillog.text.incident", labels.provider(i.provider()), labels.reason(i.reason()),
                i.count(), i.firstSeen().format(TIME), i.lastSeen().format(TIME));
        return refused + m.get(i.ongoing() ? "maillog.text.ongoing" : "maillog.text.ended",
                i.ongoing() ? "" : i.endedAt().format(TIME));
    }

    private static long count(MaillogSummary s, DeliveryStatus status) {
        return s.byStatus().getOrDefault(status, 0L);
    }

    private static String indent(String text) {
        StringBuilder sb = new StringBuilder();
        text.lines().forEach(l -> sb.append("  ").append(l).append('\n'));
        return sb.toString();
    }
}
