package dev.maildoctor.report;

import dev.maildoctor.core.auth.AuthReport;
import dev.maildoctor.core.auth.ChecklistItem;
import dev.maildoctor.core.auth.PtrFindings;
import dev.maildoctor.core.dkim.KeyState;
import dev.maildoctor.core.dkim.SelectorResult;
import dev.maildoctor.core.dmarc.DmarcReport;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.tls.TlsFinding;
import java.util.ArrayList;
import java.util.List;

/** The terminal form of the {@code auth} command: one section per check, then the bulk-sender checklist. */
public final class AuthTextReport {
    private final Messages m;
    private final SpfTextReport spf;

    public AuthTextReport(Messages messages) {
        this.m = messages;
        this.spf = new SpfTextReport(messages);
    }

    public String render(AuthReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("auth.text.heading", r.domain())).append("\n\n");
        heading(sb, "SPF", r.spfStatus());
        if (r.spfWithIp()) {
            sb.append(m.get("spf.text.result", r.spf().result().label())).append('\n');
        }
        sb.append(m.get("spf.text.lookups", r.spf().lookups(), r.spf().voidLookups())).append('\n');
        spf.tree(sb, r.spf().tree(), 1);
        list(sb, r.spf().problems());

        heading(sb, "DKIM", r.dkim().status());
        sb.append("  ").append(m.render(r.dkim().summary())).append('\n');
        List<String> guessed = new ArrayList<>();
        for (SelectorResult s : r.dkim().results()) {
            if (s.state() == KeyState.NOT_FOUND && s.status() == Status.INFO) {
                guessed.add(s.candidate().selector()); // provider-known names: absence says nothing
                continue;
            }
            sb.append("  ").append(s.candidate().selector()).append("._domainkey.").append(s.candidate().domain())
                    .append(": ").append(m.get("status." + s.status().json()));
            if (s.keyType() != null) {
                sb.append(" (").append(s.keyType());
                if (s.keyBits() != null) {
                    sb.append(' ').append(s.keyBits()).append(" bit");
                }
                sb.append(')');
            }
            sb.append('\n');
            s.problems().forEach(p -> sb.append("    - ").append(m.render(p)).append('\n'));
        }
        if (!guessed.isEmpty()) {
            sb.append("  ").append(m.get("auth.text.dkim_guessed", String.join(", ", guessed))).append('\n');
        }

        DmarcReport d = r.dmarc();
        heading(sb, "DMARC", d.status());
        sb.append("  ").append(d.record().map(x -> x.text()).orElse(m.get("auth.text.no_record"))).append('\n');
        d.destinations().forEach(dest -> sb.append("  ").append(m.get("auth.text.dmarc_destination", dest.uri(),
                dest.authorized().json())).append('\n'));
        list(sb, d.problems());

        if (r.ptr().isPresent()) {
            PtrFindings p = r.ptr().get();
            heading(sb, "PTR", p.status());
            sb.append("  ").append(p.address()).append(" -> ")
                    .append(p.names().isEmpty() ? "-" : String.join(", ", p.names()))
                    .append(" (").append(m.get("fcrdns." + p.fcrdns().json())).append(")\n");
            list(sb, p.problems());
        }
        if (r.tls().isPresent()) {
            heading(sb, "TLS", r.tls().get().overall());
            sb.append("  ").append(r.tlsHost().orElse("")).append(":25\n");
            for (TlsFinding f : r.tls().get().findings()) {
                sb.append("  [").append(m.get("status." + f.status().json())).append("] ")
                        .append(m.render(f.message())).append('\n');
            }
        } else if (r.tlsProblem().isPresent()) {
            heading(sb, "TLS", Status.UNKNOWN);
            sb.append("  ").append(m.render(r.tlsProblem().get())).append('\n');
        }

        sb.append('\n').append(m.get("auth.text.checklist")).append('\n');
        for (ChecklistItem item : r.checklist()) {
            sb.append("  [").append(m.get("status." + item.status().json())).append("] ")
                    .append(m.render(item.message())).append('\n');
        }
        return sb.toString();
    }

    private void heading(StringBuilder sb, String name, Status status) {
        sb.append('\n').append(name).append(": ").append(m.get("status." + status.json())).append('\n');
    }

    private void list(StringBuilder sb, List<Msg> problems) {
        problems.forEach(p -> sb.append("  - ").append(m.render(p)).append('\n'));
    }
}
