package dev.maildoctor.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.relay.PostfixFiles;
import dev.maildoctor.core.relay.TransportComparison;
import dev.maildoctor.core.spf.SpfChange;
import java.util.List;

/** The machine-readable form of a relay configuration (the {@code relay-config} command). */
public final class RelayConfigJson {
    private final Messages m;
    private final RecipientsJson recipients;

    public RelayConfigJson(Messages messages) {
        this.m = messages;
        this.recipients = new RecipientsJson(messages);
    }

    public ObjectNode toJson(RelayPlan plan) {
        ObjectNode root = JsonText.object();
        root.put("relay", plan.relay().postfix());
        PostfixFiles files = plan.files();
        root.put("main_cf", files.mainCf());
        root.put("transport", files.transport());
        root.put("sasl_passwd", files.saslPasswd());
        root.put("tls_policy", files.tlsPolicy());
        root.put("master_cf", files.masterCf());
        ArrayNode commands = root.putArray("commands");
        files.commands().forEach(commands::add);
        root.put("relayhost_alternative", files.relayhostAlternative());
        ArrayNode warnings = root.putArray("warnings");
        files.warnings().forEach(w -> warnings.add(m.render(w)));
        ArrayNode selected = root.putArray("selected");
        plan.selected().forEach(c -> selected.add(recipients.domain(c)));
        ArrayNode skipped = root.putArray("skipped");
        plan.skipped().forEach(c -> skipped.add(recipients.domain(c)));
        if (plan.spf().isPresent()) {
            root.set("spf", spf(plan.spf().get()));
        } else {
            root.putNull("spf");
        }
        if (plan.comparison().isPresent()) {
            TransportComparison t = plan.comparison().get();
            ObjectNode o = root.putObject("transport_comparison");
            strings(o.putArray("missing"), t.missing());
            strings(o.putArray("redundant"), t.redundant());
            strings(o.putArray("different"), t.different());
            strings(o.putArray("unreadable"), t.unreadable());
        } else {
            root.putNull("transport_comparison");
        }
        return root;
    }

    private ObjectNode spf(SpfChange c) {
        ObjectNode o = JsonText.object();
        o.put("domain", c.domain());
        o.put("current", c.current().orElse(null));
        o.put("proposed", c.proposed());
        strings(o.putArray("added"), c.added());
        o.put("lookups", c.lookups());
        strings(o.putArray("strings"), c.strings());
        o.put("bind_line", c.bindLine());
        ArrayNode notes = o.putArray("notes");
        c.notes().forEach(n -> notes.add(m.render(n)));
        return o;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
