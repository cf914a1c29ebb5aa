package dev.maildoctor.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.ZoneResult;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.dnsbl.neighbourhood.Cell;
import dev.maildoctor.core.dnsbl.neighbourhood.ListTally;
import dev.maildoctor.core.dnsbl.neighbourhood.Neighbourhood;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.FixStep;
import dev.maildoctor.core.model.LocalizedText;
import dev.maildoctor.core.network.NetworkOwner;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The machine-readable form of a blocklist report (lower_snake_case keys, lower-case enum values). */
public final class DnsblJson {

    private final Messages messages;

    public DnsblJson(Messages messages) {
        this.messages = messages;
    }

    public ObjectNode toJson(DnsblReport report) {
        ObjectNode root = JsonText.object();
        root.put("target", report.target().display());
        root.put("resolver", report.resolver());
        root.put("status", report.status().json());
        root.put("started", report.started().toString());
        root.put("elapsed_ms", report.elapsed().toMillis());
        ArrayNode results = root.putArray("results");
        report.results().forEach(r -> results.add(result(r)));
        ArrayNode notQueried = root.putArray("not_queried");
        report.notQueried().forEach(l -> notQueried.addObject()
                .put("list_id", l.id()).put("name", l.name()).put("retired", l.retired())
                .put("note", l.retiredNote() != null ? messages.render(l.retiredNote())
                        : messages.get("report.not_queried.kind")));
        report.neighbourhood().ifPresentOrElse(n -> root.set("neighbourhood", neighbourhood(n)),
                () -> root.putNull("neighbourhood"));
        report.owner().ifPresentOrElse(o -> root.set("network", network(o)), () -> root.putNull("network"));
        root.set("fixes", fixes(report.verdictFixes()));
        return root;
    }

    private ObjectNode result(ZoneResult r) {
        ObjectNode o = JsonText.object();
        o.put("zone", r.query().displayZone());
        o.put("list_id", r.list().id());
        o.put("list_name", r.list().name());
        o.put("name", r.queryName());
        o.put("status", r.status().json());
        ArrayNode codes = o.putArray("codes");
        r.codes().forEach(codes::add);
        List<LocalizedText> meanings = r.meanings();
        String meaning = meanings.stream().map(messages::render).collect(Collectors.joining("; "));
        if (meaning.isEmpty() && r.status() == ZoneStatus.LISTED) {
            meaning = messages.get("dnsbl.meaning.unknown");
        }
        putOptional(o, "meaning", meaning.isEmpty() ? Optional.empty() : Optional.of(meaning));
        putOptional(o, "txt", r.txt());
        putOptional(o, "delist_url", Optional.ofNullable(r.list().delisting()).map(d -> d.url()));
        o.put("category", r.category().json());
        o.put("major_providers_block", r.majorProvidersBlock());
        o.put("via_dqs", r.query().usesDqs());
        putOptional(o, "reason", r.reason().map(messages::render));
        o.set("fixes", fixes(r.fixes()));
        o.set("evidence", evidence(r.evidence()));
        return o;
    }

    private ObjectNode neighbourhood(Neighbourhood n) {
        ObjectNode o = JsonText.object();
        o.put("range", n.range().toString());
        o.put("sampled", n.sampled());
        o.put("scanned", n.scanned());
        o.put("listed", n.listed());
        o.put("share", Math.round(n.share() * 1000) / 1000.0);
        o.put("verdict", n.verdict().json());
        o.put("reason", messages.render(n.reason()));
        ArrayNode lists = o.putArray("lists");
        for (ListTally t : n.tallies()) {
            lists.addObject().put("list_id", t.listId()).put("name", t.listName()).put("answered", t.answered())
                    .put("listed", t.listed()).put("unanswered", t.unanswered());
        }
        ArrayNode cells = o.putArray("addresses");
        for (Cell c : n.cells()) {
            ObjectNode cell = cells.addObject().put("address", c.address().getHostAddress())
                    .put("state", c.state().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode on = cell.putArray("listed_on");
            c.listedOn().forEach(on::add);
        }
        return o;
    }

    private ObjectNode network(NetworkOwner n) {
        ObjectNode o = JsonText.object();
        putOptional(o, "ptr", n.ptr());
        o.put("ptr_generic", n.ptrGeneric());
        o.put("fcrdns", n.fcrdns().json());
        putOptional(o, "asn", n.asn());
        putOptional(o, "prefix", n.prefix());
        putOptional(o, "country", n.country());
        putOptional(o, "holder", n.holder());
        o.put("complete", n.complete());
        o.set("evidence", evidence(n.evidence()));
        return o;
    }

    private ArrayNode fixes(List<FixStep> steps) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (FixStep s : steps) {
            ObjectNode o = a.addObject().put("actor", s.actor().json()).put("text", messages.render(s.text()));
            putOptional(o, "url", s.url());
        }
        return a;
    }

    static ArrayNode evidence(List<DnsExchange> exchanges) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (DnsExchange e : exchanges) {
            ObjectNode o = a.addObject().put("name", e.name()).put("type", e.type()).put("rcode", e.rcode());
            ArrayNode answers = o.putArray("answers");
            e.answers().forEach(answers::add);
            o.put("resolver", e.resolver()).put("transport", e.transport())
                    .put("latency_ms", e.latency().toMillis()).put("time", e.time().toString())
                    .put("attempts", e.attempts());
        }
        return a;
    }

    private static void putOptional(ObjectNode o, String key, Optional<String> value) {
        if (value.isPresent()) {
            o.put(key, value.get());
        } else {
            o.putNull(key);
        }
    }
}
