package dev.maildoctor.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.DomainList;
import dev.maildoctor.core.recipients.Hint;
import dev.maildoctor.core.recipients.MxHost;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine-readable form of a recipient-domain lookup (the {@code mx} command). */
public final class RecipientsJson {
    private final Messages m;

    public RecipientsJson(Messages messages) {
        this.m = messages;
    }

    public ObjectNode toJson(List<DomainClassification> results, List<DomainList.Rejected> rejected, String resolver) {
        ObjectNode root = JsonText.object();
        root.put("resolver", resolver);
        ArrayNode domains = root.putArray("domains");
        results.forEach(c -> domains.add(domain(c)));
        ObjectNode counts = root.putObject("counts");
        tally(results).forEach(counts::put);
        ArrayNode skipped = root.putArray("rejected");
        rejected.forEach(r -> skipped.addObject().put("input", r.input()).put("reason", m.render(r.reason())));
        return root;
    }

    public ObjectNode domain(DomainClassification c) {
        ObjectNode o = JsonText.object();
        o.put("domain", c.domain().ascii());
        o.put("domain_unicode", c.domain().unicode());
        o.put("provider", c.provider());
        o.put("gateway", c.gateway().orElse(null));
        ArrayNode mx = o.putArray("mx");
        for (MxHost h : c.mx()) {
            mx.addObject().put("host", h.host()).put("preference", h.preference());
        }
        if (c.matchedRule().isPresent()) {
            o.putObject("matched_rule").put("mx_host", c.matchedRule().get().mxHost())
                    .put("provider", c.matchedRule().get().ruleId()).put("pattern", c.matchedRule().get().pattern());
        } else {
            o.putNull("matched_rule");
        }
        ArrayNode hints = o.putArray("hints");
        for (Hint h : c.hints()) {
            hints.addObject().put("provider", h.provider()).put("source", h.source()).put("evidence", h.evidence());
        }
        o.put("status", c.status().json());
        o.put("problem", c.problem().map(m::render).orElse(null));
        return o;
    }

    /** Domains per verdict, in order of first appearance. */
    static Map<String, Integer> tally(List<DomainClassification> results) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        results.forEach(c -> counts.merge(c.provider(), 1, Integer::sum));
        return counts;
    }
}
