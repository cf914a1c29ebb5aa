package dev.maildoctor.report;

import dev.maildoctor.core.diagnosis.BlocklistFollowUp;
import dev.maildoctor.core.diagnosis.ProofConclusion;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.kb.KnowledgeEntry;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.message.bounce.SmtpStage;
import dev.maildoctor.core.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The readable form of a bounce: what failed, why, what to do, and the blocklist follow-up. */
public final class BounceTextReport {
    private final Messages m;
    private final BounceLabels labels;
    private final Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge;

    public BounceTextReport(Messages messages, Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge) {
        this.m = messages;
        this.labels = new BounceLabels(messages);
        this.knowledge = knowledge;
    }

    public String render(BounceFile file) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("bounce.text.title", file.file())).append('\n');
        List<BounceReport> reports = file.reports();
        for (BounceReport report : reports) {
            if (reports.size() > 1) {
                sb.append('\n').append(m.get("bounce.text.message", report.index(), reports.size())).append('\n');
            }
            appendReport(sb, file, report);
        }
        for (String ip : file.checks().keySet().stream().sorted().toList()) {
            DnsblReport check = file.checks().get(ip);
            sb.append('\n').append(m.get("bounce.text.full_check", ip)).append('\n');
            sb.append(indent(new DnsblTextReport(m).render(check), "  "));
        }
        return sb.toString();
    }

    private void appendReport(StringBuilder sb, BounceFile file, BounceReport report) {
        if (!report.isBounce()) {
            String why = report.notice().map(m::render).orElse(m.get("bounce.text.not_bounce.plain"));
            sb.append(m.get("bounce.text.not_bounce", why)).append('\n');
            return;
        }
        sb.append(m.get("bounce.text.format", report.format())).append('\n');
        sb.append(BounceFollowUp.sendingIp(report).map(ip -> m.get("bounce.text.sending_ip", ip))
                .orElse(m.get("bounce.text.no_sending_ip"))).append('\n');
        report.notice().ifPresent(n -> sb.append(m.get("bounce.text.notice", m.render(n))).append('\n'));
        if (report.recipients().isEmpty()) {
            sb.append(m.get("bounce.text.no_recipients")).append('\n');
        }
        for (FailedRecipient r : report.recipients()) {
            sb.append('\n');
            appendRecipient(sb, file, report, r);
        }
    }

    private void appendRecipient(StringBuilder sb, BounceFile file, BounceReport report, FailedRecipient r) {
        List<String> codes = new ArrayList<>();
        if (!r.status().isEmpty()) {
            codes.add(r.status());
        }
        r.replyCode().ifPresent(c -> codes.add(c.toString()));
        String head = m.get("bounce.text.recipient", r.recipient(), labels.outcome(r));
        sb.append(codes.isEmpty() ? head : head + " (" + String.join(", ", codes) + ")").append('\n');
        sb.append("  ").append(m.get("bounce.text.reason", labels.reason(r.reason()), r.reason().json())).append('\n');
        sb.append("  ").append(m.get("bounce.text.provider", labels.provider(r.provider()))).append('\n');
        r.remoteHost().ifPresent(h -> sb.append("  ").append(m.get("bounce.text.remote",
                r.remoteIp().map(ip -> h + " [" + ip + "]").orElse(h))).append('\n'));
        if (r.stage() != SmtpStage.UNKNOWN) {
            sb.append("  ").append(m.get("bounce.text.stage", labels.stage(r.stage()))).append('\n');
        }
        if (!r.diagnostic().isBlank()) {
            sb.append("  ").append(m.get("bounce.text.reply", r.diagnostic().strip())).append('\n');
        }
        Optional<KnowledgeEntry> entry = knowledge.apply(r);
        entry.ifPresent(e -> appendKnowledge(sb, e));
        if (BounceFollowUp.wanted(r, entry)) {
            appendFollowUp(sb, file, report, r);
        }
    }

    private void appendKnowledge(StringBuilder sb, KnowledgeEntry e) {
        sb.append("  ").append(m.get("bounce.text.meaning", m.render(e.title()))).append('\n');
        sb.append(indent(m.render(e.explanation()).strip() + "\n", "    "));
        if (!e.nextSteps().isEmpty()) {
            sb.append("  ").append(m.get("bounce.text.next_steps")).append('\n');
            int n = 1;
            for (LocalizedText step : e.nextSteps()) {
                sb.append(indent((n++) + ". " + m.render(step).strip() + "\n", "    "));
            }
        }
        e.helpUrl().ifPresent(u -> sb.append("  ").append(m.get("bounce.text.help", u)).append('\n'));
    }

    private void appendFollowUp(StringBuilder sb, BounceFile file, BounceReport report, FailedRecipient r) {
        ProofConclusion conclusion = file.conclusions().get(r);
        Optional<String> ip = BlocklistFollowUp.sendingIp(report, r);
        if (conclusion != null) {
            sb.append("  ").append(m.get("bounce.text.conclusion", ip.orElse("?"),
                    m.render(conclusion.message()))).append('\n');
        } else if (ip.isPresent()) {
            sb.append("  ").append(m.get("bounce.text.check_hint", ip.get())).append('\n');
        } else {
            sb.append("  ").append(m.get("bounce.text.check_no_ip")).append('\n');
        }
    }

    private static String indent(String text, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                sb.append(prefix).append(line);
            }
            sb.append('\n');
        }
        // split(-1) leaves one empty piece after the final newline.
        return sb.substring(0, sb.length() - 1);
    }
}
