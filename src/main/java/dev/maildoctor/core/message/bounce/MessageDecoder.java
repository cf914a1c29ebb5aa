package dev.maildoctor.core.message.bounce;

import dev.maildoctor.core.message.mime.Headers;
import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Decodes one message (an .eml, one message of an mbox, or pasted text) into a report. */
final class MessageDecoder {
    private MessageDecoder() {
    }

    static BounceReport decode(String raw, String source, int index) {
        return decode(raw, source, index, 0);
    }

    /** @param depth 1 when decoding a bounce attached to (forwarded in) the message */
    private static BounceReport decode(String raw, String source, int index, int depth) {
        BounceMessage m = BounceMessage.of(raw);
        String format = Formats.detect(m);
        List<Draft> drafts = new ArrayList<>();
        if (!m.feedback.isBlank()) {
            drafts.addAll(Feedback.complaints(m.feedback, m.original));
            format = "arf";
        } else if (m.original.has("x-hmxmroriginalrecipient")) {
            drafts.addAll(Feedback.microsoftComplaint(m.headers, m.original));
            format = "arf";
        } else if (SesNotification.present(m.text)) {
            drafts.addAll(SesNotification.read(m.text));
            format = "amazonses";
        } else if (!m.pasted && m.deliveryStatus.isEmpty() && Feedback.isAutoReply(m.headers)) {
            drafts.add(Feedback.autoReply(m.headers));
            format = "rfc3834";
        } else {
            drafts.addAll(failures(m));
        }
        drafts.removeIf(d -> d.recipient.isEmpty() && d.hint != Reason.FEEDBACK);
        if ((drafts.isEmpty() || drafts.get(0).weak) && !m.attached.isEmpty() && depth == 0) {
            BounceReport inner = decode(m.attached, source, index, depth + 1);
            if (inner.isBounce() && !inner.recipients().isEmpty()) {
                return inner;
            }
        }
        if (drafts.isEmpty()) {
            Msg why = m.looksLikeBounce() ? Msg.of("bounce.notice.no_recipient")
                    : Msg.of("bounce.notice.not_bounce");
            return new BounceReport(source, index, false, format, Optional.empty(), List.of(), Optional.of(why));
        }
        List<FailedRecipient> recipients = new ArrayList<>();
        String sendingIp = "";
        for (Draft d : drafts) {
            FailedRecipient r = Finisher.finish(d);
            recipients.add(r);
            if (sendingIp.isEmpty() && r.sendingIp().isPresent()) {
                sendingIp = r.sendingIp().get();
            }
        }
        Optional<Msg> notice = Optional.empty();
        if (m.truncated) {
            notice = Optional.of(Msg.of("bounce.notice.truncated"));
        } else if (m.charsetGuessed) {
            notice = Optional.of(Msg.of("bounce.notice.charset_guessed"));
        }
        return new BounceReport(source, index, true, format,
                sendingIp.isEmpty() ? Optional.empty() : Optional.of(sendingIp), recipients, notice);
    }

    /** Failed recipients from the delivery-status parts, completed by what the text says about each. */
    static List<Draft> failures(BounceMessage m) {
        List<Draft> dsn = new ArrayList<>();
        for (String part : m.deliveryStatus) {
            dsn.addAll(DeliveryStatusFields.read(part));
        }
        String lowerText = m.text.toLowerCase(Locale.ROOT);
        if (dsn.isEmpty() && (lowerText.contains("final-recipient:") || lowerText.contains("original-recipient:"))) {
            dsn.addAll(DeliveryStatusFields.read(m.text));
        }
        List<Draft> text = m.looksLikeBounce() || !dsn.isEmpty()
                ? TextBlocks.read(m.text, ignored(m.headers)) : List.of();
        List<Draft> out;
        dsn.removeIf(d -> !Addresses.isAddress(d.recipient) && !text.isEmpty());
        if (dsn.isEmpty() && text.isEmpty()) {
            out = fromFailedRecipientsHeader(m);
            if (out.isEmpty()) {
                out = Transcript.recipients(m.text);
            }
            if (out.isEmpty() && m.looksLikeBounce()) {
                List<String> ignore = ignored(m.headers);
                String to = Addresses.first(m.headers.text("to")).toLowerCase(Locale.ROOT);
                if (!to.isEmpty()) {
                    ignore.add(to);
                }
                out = TextBlocks.mentions(m.text, ignore);
                out.forEach(d -> d.weak = true);
            }
            if (out.isEmpty() && m.looksLikeBounce()) {
                out = fromOriginal(m);
            }
        } else if (dsn.isEmpty()) {
            out = new ArrayList<>(text);
        } else {
            Map<String, Draft> byAddress = new LinkedHashMap<>();
            for (Draft d : dsn) {
                byAddress.putIfAbsent(d.recipient.toLowerCase(Locale.ROOT), d);
            }
            for (Draft t : text) {
                Draft d = byAddress.get(t.recipient.toLowerCase(Locale.ROOT));
                if (d != null) {
                    mergeText(d, t);
                }
            }
            if (byAddress.size() == 1 && text.size() == 1) {
                mergeText(byAddress.values().iterator().next(), text.get(0));
            }
            out = new ArrayList<>(byAddress.values());
        }
        Transcript.apply(m.text, out);
        for (Draft d : out) {
            if (d.diagnostic.isBlank()) {
                d.diagnostic = Diagnostics.summary(m.text);
            }
        }
        return out;
    }

    /**
     * Exim and Google name the failed addresses in X-Failed-Recipients; when the text has no
     * recipient lines (a localised or free-form explanation), that header and the text still tell.
     */
    private static List<Draft> fromFailedRecipientsHeader(BounceMessage m) {
        List<Draft> out = new ArrayList<>();
        for (String value : m.headers.all("x-failed-recipients")) {
            for (String a : Addresses.find(value, 100)) {
                Draft d = new Draft(a);
                d.diagnostic = Diagnostics.summary(m.text);
                out.add(d);
            }
        }
        return out;
    }

    /** Nothing names the recipient: the returned message's To: does, when it has few enough. */
    private static List<Draft> fromOriginal(BounceMessage m) {
        List<Draft> out = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (String field : List.of("to", "cc")) {
            for (String v : m.original.all(field)) {
                to.addAll(Addresses.find(v, 10));
            }
        }
        if (to.isEmpty() || to.size() > 5) {
            return out;
        }
        for (String a : to) {
            Draft d = new Draft(a);
            d.diagnostic = Diagnostics.summary(m.text);
            d.weak = true;
            out.add(d);
        }
        return out;
    }

    /** The DSN's fields are exact; the text adds the stage and, when the DSN has none, the reply. */
    private static void mergeText(Draft dsn, Draft text) {
        if (dsn.reportingMta.isEmpty()) {
            dsn.reportingMta = text.reportingMta;
        }
        if (dsn.stage == SmtpStage.UNKNOWN) {
            dsn.stage = SmtpCommands.find(text.diagnostic);
        }
        if (dsn.diagnostic.isBlank()) {
            dsn.diagnostic = text.diagnostic;
        }
        String[] remote = Diagnostics.remote(text.diagnostic);
        if (dsn.remoteHost.isEmpty() || dsn.remoteHost.equalsIgnoreCase(remote[0])) {
            if (dsn.remoteHost.isEmpty()) {
                dsn.remoteHost = remote[0];
            }
            if (dsn.remoteIp.isEmpty()) {
                dsn.remoteIp = remote[1];
            }
        }
    }

    /** Addresses in the bounce's own headers are the sender and the mail system, not recipients. */
    private static List<String> ignored(Headers headers) {
        List<String> out = new ArrayList<>();
        for (String field : List.of("from", "return-path", "sender")) {
            String a = Addresses.first(headers.text(field));
            if (!a.isEmpty()) {
                out.add(a.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
