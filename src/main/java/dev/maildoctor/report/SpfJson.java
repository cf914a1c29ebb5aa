package dev.maildoctor.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.spf.SpfBuilder;
import dev.maildoctor.core.spf.SpfCheck;
import dev.maildoctor.core.spf.SpfNode;
import dev.maildoctor.core.spf.SpfStep;
import java.util.List;

/** The machine-readable forms of the {@code spf} and {@code spf-build} commands, and the SPF evaluation tree. */
public final class SpfJson {
    private final Messages m;

    public SpfJson(Messages messages) {
        this.m = messages;
    }

    /** The {@code spf} command: the check_host() outcome for one address. */
    public ObjectNode check(String domain, String ip, SpfCheck check) {
        ObjectNode root = JsonText.object();
        root.put("domain", domain);
        root.put("ip", ip);
        root.put("result", check.result().label());
        root.put("explanation", check.explanation().orElse(null));
        root.put("lookups", check.lookups());
        root.put("void_lookups", check.voidLookups());
        root.put("record", check.record().orElse(null));
        root.set("tree", tree(check.tree()));
        messages(root.putArray("problems"), check.problems());
        return root;
    }

    /** One record of the tree and, nested, the records it included or redirected to. */
    public ObjectNode tree(SpfNode node) {
        ObjectNode o = JsonText.object();
        o.put("domain", node.domain());
        o.put("via", node.via());
        o.put("record", node.record().orElse(null));
        o.put("result", node.result().label());
        o.put("lookups", node.lookups());
        o.put("problem", node.problem().map(m::render).orElse(null));
        ArrayNode steps = o.putArray("steps");
        for (SpfStep s : node.steps()) {
            ObjectNode step = steps.addObject();
            step.put("term", s.term());
            step.put("matched", s.matched());
            step.put("target", s.target().orElse(null));
            step.put("note", s.note().map(m::render).orElse(null));
        }
        ArrayNode children = o.putArray("children");
        node.children().forEach(c -> children.add(tree(c)));
        return o;
    }

    /** The {@code spf-build} command: the edited record in every form it is published in. */
    public ObjectNode build(SpfBuilder.Result r) {
        ObjectNode root = JsonText.object();
        root.put("domain", r.domain().orElse(null));
        root.put("previous", r.previous().orElse(null));
        root.put("record", r.record());
        root.put("lookups", r.lookups());
        root.put("lookups_through_includes", r.throughIncludes());
        root.put("status", r.status().json());
        ArrayNode strings = root.putArray("strings");
        r.strings().forEach(strings::add);
        root.put("zone_line", r.zoneLine());
        root.put("form_value", r.formValue());
        messages(root.putArray("notes"), r.notes());
        return root;
    }

    void messages(ArrayNode array, List<Msg> msgs) {
        msgs.forEach(msg -> array.add(m.render(msg)));
    }
}
