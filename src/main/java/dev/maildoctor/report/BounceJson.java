package dev.maildoctor.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.maildoctor.core.diagnosis.BlocklistFollowUp;
import dev.maildoctor.core.diagnosis.ProofConclusion;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.kb.KnowledgeEntry;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The machine-readable form of a bounce: one object per input file. An mbox's messages all go into
 * the file's {@code recipients[]} (each recipient names its {@code message}) and are described one
 * by one in {@code messages[]}; {@code sending_ip}, {@code format} and {@code notice} at the top
 * are those of the file's first bounce.
 */
public final class BounceJson {

    private final Messages m;
    private final Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge;
    private final DnsblJson dnsbl;

    /** @param knowledge explains a recipient's failure (the knowledge base's {@code explain}) */
    public BounceJson(Messages messages, Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge) {
        this.m = messages;
        this.knowledge = knowledge;
        this.dnsbl = new DnsblJson(messages);
    }

    public ObjectNode toJson(BounceFile file) {
        // Each message's sending address is looked up once: it takes a scan of every reply.
        List<Optional<String>> ips = file.reports().stream().map(BounceFollowUp::sendingIp).toList();
        Optional<String> fileIp = ips.stream().flatMap(Optional::stream).findFirst(); // as BounceFile.sendingIp
        ObjectNode root = JsonText.object();
        root.put("file", file.file());
        root.put("is_bounce", file.isBounce());
        Optional<BounceReport> main = file.main();
        putOptional(root, "format", main.map(BounceReport::format));
        putOptional(root, "sending_ip", fileIp);
        putOptional(root, "notice", main.flatMap(BounceReport::notice).map(m::render));
        root.put("outcome", BounceOutcome.worst(file.reports()).json());
        ArrayNode recipients = root.putArray("recipients");
        ArrayNode messages = root.putArray("messages");
        for (int i = 0; i < file.reports().size(); i++) {
            BounceReport report = file.reports().get(i);
            report.recipients().forEach(r -> recipients.add(recipient(file, report, r)));
            messages.add(message(file, report, ips.get(i)));
        }
        Optional<DnsblReport> check = fileIp.map(ip -> file.checks().get(ip));
        if (check.isPresent()) {
            root.set("blocklist_check", dnsbl.toJson(check.get()));
        } else {
            root.putNull("blocklist_check");
        }
        return root;
    }

    private ObjectNode message(BounceFile file, BounceReport report, Optional<String> sendingIp) {
        ObjectNode o = JsonText.object();
        o.put("index", report.index());
        o.put("is_bounce", report.isBounce());
        putOptional(o, "format", Optional.ofNullable(report.format()));
        putOptional(o, "sending_ip", sendingIp);
        putOptional(o, "notice", report.notice().map(m::render));
        o.put("recipient_count", report.recipients().size());
        DnsblReport check = sendingIp.map(ip -> file.checks().get(ip)).orElse(null);
        if (check != null) {
            o.put("blocklist_status", check.status().json());
        } else {
            o.putNull("blocklist_status");
        }
        return o;
    }

    private ObjectNode recipient(BounceFile file, BounceReport report, FailedRecipient r) {
        ObjectNode o = JsonText.object();
        o.put("message", report.index());
        o.put("recipient", r.recipient());
        o.put("action", r.action());
        o.put("status", r.status());
        if (r.replyCode().isPresent()) {
            o.put("reply_code", r.replyCode().get());
        } else {
            o.putNull("reply_code");
        }
        putOptional(o, "remote_host", r.remoteHost());
        putOptional(o, "remote_ip", r.remoteIp());
        o.put("diagnostic", r.diagnostic());
        o.put("stage", r.stage().json());
        o.put("reason", r.reason().json());
        o.put("provider", r.provider().json());
        o.put("outcome", BounceOutcome.of(r).json());
        putOptional(o, "sending_ip", BlocklistFollowUp.sendingIp(report, r));
        Optional<KnowledgeEntry> entry = knowledge.apply(r);
        putOptional(o, "title", entry.map(e -> m.render(e.title())));
        putOptional(o, "explanation", entry.map(e -> m.render(e.explanation())));
        ArrayNode steps = o.putArray("next_steps");
        entry.ifPresent(e -> e.nextSteps().forEach(s -> steps.add(m.render(s))));
        putOptional(o, "help_url", entry.flatMap(KnowledgeEntry::helpUrl));
        o.put("check_blocklists", BounceFollowUp.wanted(r, entry));
        ProofConclusion proof = file.conclusions().get(r);
        if (proof == null) {
            o.putNull("conclusion");
            o.putNull("conclusion_kind");
        } else {
            o.put("conclusion", m.render(proof.message()));
            o.put("conclusion_kind", proof.kind().json());
            ArrayNode lists = o.putArray("listed_on");
            proof.listedOn().forEach(lists::add);
        }
        return o;
    }

    private static void putOptional(ObjectNode o, String key, Optional<String> value) {
        if (value.isPresent()) {
            o.put(key, value.get());
        } else {
            o.putNull(key);
        }
    }
}
