package dev.maildoctor.report;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.spf.SpfBuilder;
import dev.maildoctor.core.spf.SpfCheck;
import dev.maildoctor.core.spf.SpfNode;
import dev.maildoctor.core.spf.SpfStep;
import java.util.List;

/** The terminal forms of the {@code spf} and {@code spf-build} commands, and the SPF tree as an indented outline. */
public final class SpfTextReport {
    private final Messages m;

    public SpfTextReport(Messages messages) {
        this.m = messages;
    }

    public String check(String domain, String ip, SpfCheck check) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("spf.text.heading", domain, ip)).append('\n');
        sb.append(m.get("spf.text.result", check.result().label())).append('\n');
        check.explanation().ifPresent(e -> sb.append(m.get("spf.text.explanation", e)).append('\n'));
        sb.append(m.get("spf.text.lookups", check.lookups(), check.voidLookups())).append("\n\n");
        tree(sb, check.tree(), 0);
        problems(sb, check.problems());
        return sb.toString();
    }

    /** One line per record and per evaluated term, children indented below the include that reached them. */
    public void tree(StringBuilder sb, SpfNode node, int depth) {
        String indent = "  ".repeat(depth);
        sb.append(indent).append(node.via()).append(' ').append(node.domain()).append(": ")
                .append(node.record().orElse(m.get("spf.text.no_record"))).append("  [")
                .append(node.result().label()).append("]\n");
        node.problem().ifPresent(p -> sb.append(indent).append("  ! ").append(m.render(p)).append('\n'));
        int child = 0;
        for (SpfStep s : node.steps()) {
            sb.append(indent).append("  ").append(s.matched() ? "* " : "- ").append(s.term());
            s.target().filter(t -> !s.term().contains(t)).ifPresent(t -> sb.append(" (").append(t).append(')'));
            sb.append('\n');
            s.note().ifPresent(n -> sb.append(indent).append("    ! ").append(m.render(n)).append('\n'));
            boolean follows = s.term().toLowerCase().matches("[+?~-]?include:.*|redirect=.*");
            if (follows && child < node.children().size()) {
                tree(sb, node.children().get(child++), depth + 2);
            }
        }
        while (child < node.children().size()) {
            tree(sb, node.children().get(child++), depth + 2);
        }
    }

    public String build(SpfBuilder.Result r) {
        StringBuilder sb = new StringBuilder();
        r.previous().ifPresent(p -> sb.append(m.get("spf.text.build.previous", p)).append('\n'));
        sb.append(m.get("spf.text.build.record", r.record())).append('\n');
        sb.append(m.get(r.throughIncludes() ? "spf.text.build.lookups_dns" : "spf.text.build.lookups_own",
                r.lookups())).append("\n\n");
        sb.append(m.get("spf.text.build.strings")).append('\n');
        r.strings().forEach(s -> sb.append("  \"").append(s).append("\"\n"));
        sb.append('\n').append(m.get("spf.text.build.zone")).append('\n').append("  ").append(r.zoneLine()).append("\n\n");
        sb.append(m.get("spf.text.build.form")).append('\n').append("  ").append(r.formValue()).append('\n');
        problems(sb, r.notes());
        return sb.toString();
    }

    private void problems(StringBuilder sb, List<Msg> problems) {
        if (!problems.isEmpty()) {
            sb.append('\n').append(m.get("spf.text.problems")).append('\n');
            problems.forEach(p -> sb.append("  - ").append(m.render(p)).append('\n'));
        }
    }
}
