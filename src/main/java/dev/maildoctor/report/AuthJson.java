package dev.maildoctor.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maildoctor.core.auth.AuthReport;
import dev.maildoctor.core.auth.ChecklistItem;
import dev.maildoctor.core.auth.PtrFindings;
import dev.maildoctor.core.dkim.SelectorResult;
import dev.maildoctor.core.dmarc.DmarcReport;
import dev.maildoctor.core.dmarc.ReportDestination;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.spf.SpfCheck;
import dev.maildoctor.core.tls.TlsFinding;
import dev.maildoctor.core.tls.TlsReport;

/** The machine-readable form of the {@code auth} command. */
public final class AuthJson {
    private final Messages m;
    private final SpfJson spfJson;

    public AuthJson(Messages messages) {
        this.m = messages;
        this.spfJson = new SpfJson(messages);
    }

    public ObjectNode toJson(AuthReport report) {
        ObjectNode root = JsonText.object();
        root.put("domain", report.domain());
        root.set("spf", spf(report));
        root.put("dkim_summary", m.render(report.dkim().summary()));
        ArrayNode dkim = root.putArray("dkim");
        report.dkim().results().forEach(r -> dkim.add(dkim(r)));
        root.set("dmarc", dmarc(report.dmarc()));
        if (report.ptr().isPresent()) {
            root.set("ptr", ptr(report.ptr().get()));
        } else {
            root.putNull("ptr");
        }
        if (report.tls().isPresent() || report.tlsProblem().isPresent()) {
            root.set("tls", tls(report));
        } else {
            root.putNull("tls");
        }
        ArrayNode checklist = root.putArray("checklist");
        for (ChecklistItem item : report.checklist()) {
            ObjectNode o = checklist.addObject();
            o.put("id", item.id());
            o.put("status", item.status().json());
            o.put("message", m.render(item.message()));
        }
        return root;
    }

    private ObjectNode spf(AuthReport report) {
        SpfCheck c = report.spf();
        ObjectNode o = JsonText.object();
        o.put("record", c.record().orElse(null));
        o.put("result", report.spfWithIp() ? c.result().label() : null);
        o.put("status", report.spfStatus().json());
        o.put("lookups", c.lookups());
        o.put("void_lookups", c.voidLookups());
        o.set("tree", spfJson.tree(c.tree()));
        spfJson.messages(o.putArray("problems"), c.problems());
        return o;
    }

    private ObjectNode dkim(SelectorResult r) {
        ObjectNode o = JsonText.object();
        o.put("selector", r.candidate().selector());
        o.put("domain", r.candidate().domain());
        o.put("state", r.state().json());
        o.put("status", r.status().json());
        o.put("key_type", r.keyType());
        if (r.keyBits() == null) {
            o.putNull("key_bits");
        } else {
            o.put("key_bits", r.keyBits());
        }
        spfJson.messages(o.putArray("problems"), r.problems());
        return o;
    }

    private ObjectNode dmarc(DmarcReport d) {
        ObjectNode o = JsonText.object();
        o.put("record", d.record().map(r -> r.text()).orElse(null));
        o.put("record_domain", d.recordDomain().orElse(null));
        o.put("policy", d.effectivePolicy().map(p -> p.json()).orElse(null));
        o.put("status", d.status().json());
        spfJson.messages(o.putArray("problems"), d.problems());
        ArrayNode external = o.putArray("external_destinations");
        for (ReportDestination dest : d.destinations()) {
            ObjectNode e = external.addObject();
            e.put("uri", dest.uri());
            e.put("authorized", dest.authorized().json());
        }
        return o;
    }

    private ObjectNode ptr(PtrFindings p) {
        ObjectNode o = JsonText.object();
        o.put("address", p.address());
        ArrayNode names = o.putArray("names");
        p.names().forEach(names::add);
        o.put("fcrdns", p.fcrdns().json());
        o.put("generic", p.generic());
        if (p.heloMatches().isPresent()) {
            o.put("helo_matches", p.heloMatches().get());
        } else {
            o.putNull("helo_matches");
        }
        o.put("status", p.status().json());
        spfJson.messages(o.putArray("problems"), p.problems());
        return o;
    }

    private ObjectNode tls(AuthReport report) {
        ObjectNode o = JsonText.object();
        o.put("host", report.tlsHost().orElse(null));
        o.put("port", 25);
        if (report.tls().isEmpty()) {
            o.put("status", "unknown");
            o.put("problem", m.render(report.tlsProblem().orElseThrow()));
            o.putArray("findings");
            return o;
        }
        TlsReport t = report.tls().get();
        o.put("status", t.overall().json());
        o.put("protocol", t.protocol().orElse(null));
        o.put("cipher_suite", t.cipherSuite().orElse(null));
        ArrayNode findings = o.putArray("findings");
        for (TlsFinding f : t.findings()) {
            ObjectNode e = findings.addObject();
            e.put("check", f.check().json());
            e.put("status", f.status().json());
            e.put("message", m.render(f.message()));
        }
        return o;
    }
}
