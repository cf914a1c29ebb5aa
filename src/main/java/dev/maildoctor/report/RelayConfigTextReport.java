package dev.maildoctor.report;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.ProviderRules;
import dev.maildoctor.core.relay.PostfixFiles;
import dev.maildoctor.core.relay.TransportComparison;
import dev.maildoctor.core.spf.SpfChange;
import java.util.List;
import java.util.stream.Collectors;

/** The relay configuration as a terminal shows it: each file under a heading, ready to paste. */
public final class RelayConfigTextReport {
    private final Messages m;
    private final ProviderLabels labels;

    public RelayConfigTextReport(Messages messages, ProviderRules rules) {
        this.m = messages;
        this.labels = new ProviderLabels(messages, rules);
    }

    public String render(RelayPlan plan) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("relay.text.heading", plan.selected().size(), plan.relay().postfix())).append('\n');
        for (DomainClassification c : plan.skipped()) {
            sb.append(m.get("relay.text.skipped", c.domain().unicode(), labels.of(c))).append('\n');
        }
        PostfixFiles files = plan.files();
        section(sb, m.get("relay.text.main_cf"), files.mainCf());
        section(sb, m.get("relay.text.transport"), files.transport());
        if (!files.saslPasswd().isBlank()) {
            section(sb, m.get("relay.text.sasl_passwd"), files.saslPasswd());
        }
        if (!files.tlsPolicy().isBlank()) {
            section(sb, m.get("relay.text.tls_policy"), files.tlsPolicy());
        }
        if (!files.masterCf().isBlank()) {
            section(sb, m.get("relay.text.master_cf"), files.masterCf());
        }
        section(sb, m.get("relay.text.commands"), String.join("\n", files.commands()));
        section(sb, m.get("relay.text.alternative"), files.relayhostAlternative());
        files.warnings().forEach(w -> sb.append("! ").append(m.render(w)).append('\n'));
        plan.spf().ifPresent(spf -> spf(sb, spf));
        plan.comparison().ifPresent(t -> comparison(sb, t));
        return sb.toString();
    }

    private void spf(StringBuilder sb, SpfChange c) {
        StringBuilder body = new StringBuilder();
        body.append(m.get("relay.text.spf.current", c.current().orElse(m.get("relay.text.spf.none")))).append('\n');
        body.append(m.get("relay.text.spf.proposed", c.proposed())).append('\n');
        body.append(m.get("relay.text.spf.lookups", c.lookups())).append('\n');
        body.append(m.get("relay.text.spf.bind")).append('\n').append(c.bindLine()).append('\n');
        c.notes().forEach(n -> body.append("- ").append(m.render(n)).append('\n'));
        section(sb, m.get("relay.text.spf", c.domain()), body.toString());
    }

    private void comparison(StringBuilder sb, TransportComparison t) {
        StringBuilder body = new StringBuilder();
        lines(body, "relay.text.compare.missing", t.missing());
        lines(body, "relay.text.compare.redundant", t.redundant());
        lines(body, "relay.text.compare.different", t.different());
        lines(body, "relay.text.compare.unreadable", t.unreadable());
        if (body.length() == 0) {
            body.append(m.get("relay.text.compare.same")).append('\n');
        }
        section(sb, m.get("relay.text.compare"), body.toString());
    }

    private void lines(StringBuilder sb, String key, List<String> values) {
        if (!values.isEmpty()) {
            sb.append(m.get(key, values.size())).append('\n')
                    .append(values.stream().map(v -> "  " + v).collect(Collectors.joining("\n"))).append('\n');
        }
    }

    private static void section(StringBuilder sb, String title, String body) {
        sb.append('\n').append("== ").append(title).append(" ==\n").append(body);
        if (!body.endsWith("\n")) {
            sb.append('\n');
        }
    }
}
