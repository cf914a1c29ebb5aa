package dev.maildoctor.report;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.DomainList;
import dev.maildoctor.core.recipients.MxHost;
import dev.maildoctor.core.recipients.ProviderRules;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The terminal form of a recipient-domain lookup: a table, the counts, and the Google/Microsoft lists. */
public final class RecipientsTextReport {
    private final Messages m;
    private final ProviderLabels labels;

    public RecipientsTextReport(Messages messages, ProviderRules rules) {
        this.m = messages;
        this.labels = new ProviderLabels(messages, rules);
    }

    public String render(List<DomainClassification> results, List<DomainList.Rejected> rejected, String resolver) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("mx.text.heading", results.size(), resolver)).append("\n\n");
        TextTable table = new TextTable().row(m.get("mx.text.col.domain"), m.get("mx.text.col.provider"),
                m.get("mx.text.col.mx"), m.get("mx.text.col.evidence"));
        for (DomainClassification c : results) {
            table.row(display(c), labels.of(c), mx(c), evidence(c));
        }
        sb.append(table.render()).append('\n');
        Map<String, Integer> counts = RecipientsJson.tally(results);
        sb.append(counts.entrySet().stream().map(e -> m.get("mx.text.count", labels.of(e.getKey()), e.getValue()))
                .collect(Collectors.joining(" · "))).append('\n');
        list(sb, "mx.text.google", results.stream().filter(DomainClassification::isGoogle).toList());
        list(sb, "mx.text.microsoft", results.stream().filter(DomainClassification::isMicrosoft).toList());
        for (DomainClassification c : results) {
            c.problem().ifPresent(p -> sb.append(m.get("mx.text.problem", display(c), m.render(p))).append('\n'));
            c.hints().forEach(h -> sb.append(m.get("mx.text.hint", display(c), labels.of(h.provider()), h.evidence()))
                    .append('\n'));
        }
        for (DomainList.Rejected r : rejected) {
            sb.append(m.get("mx.text.rejected", r.input(), m.render(r.reason()))).append('\n');
        }
        return sb.toString();
    }

    private void list(StringBuilder sb, String key, List<DomainClassification> domains) {
        if (!domains.isEmpty()) {
            sb.append(m.get(key, domains.size(), domains.stream().map(DomainClassification::domain)
                    .map(d -> d.unicode()).collect(Collectors.joining(" ")))).append('\n');
        }
    }

    private static String display(DomainClassification c) {
        return c.domain().unicode().equals(c.domain().ascii()) ? c.domain().ascii()
                : c.domain().unicode() + " (" + c.domain().ascii() + ")";
    }

    private static String mx(DomainClassification c) {
        if (c.mx().isEmpty()) {
            return "-";
        }
        MxHost first = c.mx().get(0);
        String more = c.mx().size() > 1 ? " +" + (c.mx().size() - 1) : "";
        return first.preference() + " " + first.host() + more;
    }

    private static String evidence(DomainClassification c) {
        // The pattern alone when it matched the MX host shown beside it; otherwise which host matched.
        String shown = c.mx().isEmpty() ? "" : c.mx().get(0).host();
        return c.matchedRule().map(r -> r.mxHost().equals(shown) ? r.pattern() : r.mxHost() + " ~ " + r.pattern())
                .orElse("");
    }
}
