package dev.maildoctor.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.maillog.DayTally;
import dev.maildoctor.core.maillog.DeliveryStatus;
import dev.maildoctor.core.maillog.DomainTally;
import dev.maildoctor.core.maillog.Incident;
import dev.maildoctor.core.maillog.MaillogSummary;
import dev.maildoctor.core.maillog.ResponseCount;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The machine-readable form of a mail-log summary. Log times have no zone; they are written as local times. */
public final class MaillogJson {

    private final BounceLabels labels;

    public MaillogJson(Messages messages) {
        this.labels = new BounceLabels(messages);
    }

    /** @param files the log files, as named on the command line */
    public ObjectNode toJson(MaillogSummary summary, List<String> files) {
        ObjectNode root = JsonText.object();
        ArrayNode names = root.putArray("files");
        files.forEach(names::add);
        root.put("lines", summary.lines());
        root.put("messages", summary.messages());
        putTime(root, "first_seen", summary.firstSeen());
        putTime(root, "last_seen", summary.lastSeen());
        root.put("deferrals", summary.deferrals());
        root.put("expired", summary.expired());
        ObjectNode byStatus = root.putObject("by_status");
        for (DeliveryStatus s : DeliveryStatus.values()) {
            byStatus.put(s.json(), summary.byStatus().getOrDefault(s, 0L));
        }
        ArrayNode domains = root.putArray("by_domain");
        for (DomainTally d : summary.byDomain()) {
            ObjectNode o = domains.addObject().put("domain", d.domain()).put("sent", d.sent())
                    .put("deferred", d.deferred()).put("bounced", d.bounced()).put("provider", d.provider().json());
            ArrayNode top = o.putArray("top_responses");
            for (ResponseCount r : d.topResponses()) {
                top.addObject().put("response", r.response()).put("count", r.count()).put("reason", r.reason().json());
            }
        }
        ArrayNode incidents = root.putArray("incidents");
        for (Incident i : summary.incidents()) {
            ObjectNode o = incidents.addObject()
                    .put("provider", i.provider().json())
                    .put("provider_name", labels.provider(i.provider()))
                    .put("reason", i.reason().json())
                    .put("first_seen", i.firstSeen().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                    .put("last_seen", i.lastSeen().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                    .put("count", i.count())
                    .put("example", i.example())
                    .put("ongoing", i.ongoing());
            putTime(o, "ended_at", i.endedAt());
            ArrayNode refused = o.putArray("domains");
            i.domains().forEach(refused::add);
        }
        ArrayNode recipientDomains = root.putArray("recipient_domains");
        summary.recipientDomains().forEach(recipientDomains::add);
        ArrayNode perDay = root.putArray("per_day");
        for (DayTally d : summary.perDay()) {
            perDay.addObject().put("day", d.day().toString()).put("sent", d.sent()).put("deferred", d.deferred())
                    .put("bounced", d.bounced());
        }
        return root;
    }

    private static void putTime(ObjectNode o, String key, LocalDateTime time) {
        if (time == null) {
            o.putNull(key);
        } else {
            o.put(key, time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
    }
}
