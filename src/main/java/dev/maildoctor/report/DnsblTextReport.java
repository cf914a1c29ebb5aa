package dev.maildoctor.report;

import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.ZoneResult;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.dnsbl.catalogue.DnsblList;
import dev.maildoctor.core.dnsbl.neighbourhood.ListTally;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.FixStep;
import dev.maildoctor.core.network.NetworkOwner;
import java.util.List;
import java.util.stream.Collectors;

/** The readable form of a blocklist report: used by the CLI and by "Copy as text" in the app. */
public final class DnsblTextReport {
    private final Messages m;

    public DnsblTextReport(Messages messages) {
        this.m = messages;
    }

    public String render(DnsblReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("report.title", report.target().display())).append('\n');
        sb.append(m.get("report.resolver", report.resolver())).append('\n');
        sb.append(m.get("report.summary", report.count(ZoneStatus.LISTED), report.count(ZoneStatus.NOT_LISTED),
                report.count(ZoneStatus.REFUSED), report.count(ZoneStatus.ERROR), report.results().size(),
                report.elapsed().toMillis())).append("\n\n");
        TextTable table = new TextTable().row(m.get("report.col.list"), m.get("report.col.status"),
                m.get("report.col.meaning"));
        for (ZoneResult r : report.results()) {
            table.row(r.list().name() + " (" + r.query().displayZone() + ")", statusLabel(r), meaning(r));
        }
        sb.append(table.render());
        for (ZoneResult r : report.results()) {
            if (r.status() != ZoneStatus.NOT_LISTED) {
                sb.append('\n').append("* ").append(r.list().name()).append(": ").append(statusLabel(r)).append('\n');
                r.txt().ifPresent(t -> sb.append("  ").append(m.get("report.txt", t)).append('\n'));
                r.reason().ifPresent(reason -> sb.append("  ").append(m.get("report.reason", m.render(reason))).append('\n'));
                appendFixes(sb, r.fixes(), "  ");
            }
        }
        for (DnsblList l : report.notQueried()) {
            String why = l.retiredNote() != null ? m.render(l.retiredNote()) : m.get("report.not_queried.kind");
            sb.append(m.get("report.not_queried", l.name(), why)).append('\n');
        }
        report.neighbourhood().ifPresent(n -> {
            sb.append('\n').append(m.get("report.neighbourhood", n.range().toString(),
                    m.get("verdict." + n.verdict().json()))).append('\n');
            sb.append("  ").append(m.render(n.reason())).append('\n');
            sb.append("  ").append(m.get("report.neighbourhood.numbers", n.sampled(), n.scanned(), n.listed())).append('\n');
            for (ListTally t : n.tallies()) {
                sb.append("  ").append(m.get("report.neighbourhood.list", t.listName(), t.listed(), t.answered()))
                        .append('\n');
            }
        });
        report.owner().ifPresent(o -> appendOwner(sb, o));
        if (!report.verdictFixes().isEmpty()) {
            sb.append('\n').append(m.get("report.verdict_fixes")).append('\n');
            appendFixes(sb, report.verdictFixes(), "  ");
        }
        return sb.toString();
    }

    private void appendOwner(StringBuilder sb, NetworkOwner o) {
        sb.append('\n').append(m.get("report.owner")).append('\n');
        String ptr = o.ptr().orElse(m.get("report.none"));
        if (o.ptrGeneric()) {
            ptr += " - " + m.get("report.owner.ptr_generic");
        }
        sb.append("  ").append(m.get("report.owner.ptr", ptr)).append('\n');
        sb.append("  ").append(m.get("report.owner.fcrdns", m.get("fcrdns." + o.fcrdns().json()))).append('\n');
        o.asn().ifPresent(asn -> sb.append("  ").append(m.get("report.owner.asn", asn, o.holder().orElse("?"),
                o.prefix().orElse("?"), o.country().orElse("?"))).append('\n'));
        if (!o.complete()) {
            sb.append("  ").append(m.get("report.owner.incomplete")).append('\n');
        }
    }

    private void appendFixes(StringBuilder sb, List<FixStep> fixes, String indent) {
        for (FixStep f : fixes) {
            String text = m.get("report.fix", m.get("actor." + f.actor().json()), m.render(f.text()).strip());
            sb.append(indent).append(text.replace("\n", "\n" + indent + "    ")).append('\n');
            f.url().ifPresent(u -> sb.append(indent).append("  ").append(m.get("report.link", u)).append('\n'));
        }
    }

    public String statusLabel(ZoneResult r) {
        String label = m.get("zone." + r.status().json());
        if (r.status() == ZoneStatus.LISTED && !r.codes().isEmpty()) {
            label += " " + String.join(",", r.codes());
        }
        return label;
    }

    public String meaning(ZoneResult r) {
        if (r.status() == ZoneStatus.LISTED || r.status() == ZoneStatus.REFUSED) {
            String text = r.meanings().stream().map(m::render).collect(Collectors.joining("; "));
            return text.isEmpty() ? m.get("dnsbl.meaning.unknown") : text;
        }
        return r.reason().map(m::render).orElse("");
    }
}
