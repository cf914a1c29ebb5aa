package dev.maildoctor.core.message.bounce;

import dev.maildoctor.core.message.mime.Headers;
import dev.maildoctor.core.message.mime.MimeEntity;
import dev.maildoctor.core.message.mime.MimeReader;
import dev.maildoctor.core.message.mime.TextDecoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One message prepared for reading: its headers, the human-readable error text (before the copy of
 * the returned message), the machine-readable delivery-status parts, and the returned message's
 * headers. Built from the MIME tree, or from the text alone when the user pasted a bounce's body.
 */
final class BounceMessage {
    /** Error texts longer than this are cut: the explanation of a bounce is never megabytes long. */
    static final int MAX_TEXT = 256 * 1024;
    /** After a ruler ("----- ", "=== "): the words that announce the returned message. */
    private static final List<String> RULED = List.of("copy of the message", "copy of your message",
            "original message", "original mail", "unsent message", "returned message",
            "header of the original message", "message headers follow", "undelivered message", "rfc822 headers");
    /** Whole lines that announce it without a ruler. */
    private static final List<String> UNRULED = List.of("original message", "original message headers",
            "message headers follow", "original message follows", "below this line is a copy of the message",
            "the original message headers are attached");

    final Headers headers;
    final String text;
    final List<String> deliveryStatus;
    final String feedback;
    final Headers original;
    final boolean pasted;
    final boolean truncated;
    final boolean charsetGuessed;
    private Boolean bounceLike;

    /** Cached {@link Formats#looksLikeBounce}: several readers ask. */
    boolean looksLikeBounce() {
        if (bounceLike == null) {
            bounceLike = Formats.looksLikeBounce(this);
        }
        return bounceLike;
    }

    /** A whole message attached to this one (a forwarded bounce), one char per byte; "" if none. */
    final String attached;

    private BounceMessage(Headers headers, String text, List<String> deliveryStatus, String feedback,
            Headers original, boolean pasted, boolean truncated, boolean charsetGuessed, String attached) {
        this.headers = headers;
        this.text = text;
        this.deliveryStatus = List.copyOf(deliveryStatus);
        this.feedback = feedback;
        this.original = original;
        this.pasted = pasted;
        this.truncated = truncated;
        this.charsetGuessed = charsetGuessed;
        this.attached = attached;
    }

    /** @param raw one message, one char per byte, LF line ends */
    static BounceMessage of(String raw) {
        boolean pasted = !MimeReader.startsWithHeaders(raw) || onlyReportFields(raw);
        Collector c = new Collector();
        MimeEntity root = null;
        String text;
        if (pasted) {
            TextDecoding.Decoded d = TextDecoding.decode(raw.getBytes(StandardCharsets.ISO_8859_1), "");
            c.guessed = d.guessed();
            text = d.text();
        } else {
            root = MimeReader.read(raw);
            c.walk(root, true);
            text = c.text.length() > 0 ? c.text.toString() : c.htmlText();
        }
        Headers original = c.original;
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        text = unquote(text);
        int cut = originalStart(text);
        if (cut >= 0) {
            if (original == null) {
                original = headersAfter(text, cut);
            }
            text = text.substring(0, cut);
        }
        return new BounceMessage(pasted ? Headers.empty() : root.headers(), text, c.dsn, c.feedback.toString(),
                original == null ? Headers.empty() : original, pasted, !pasted && root.anyTruncated(), c.guessed,
                c.attached);
    }

    /** Pasted delivery-status fields ("Reporting-MTA: ...", "Final-Recipient: ...") are not a header block. */
    private static boolean onlyReportFields(String raw) {
        int end = raw.indexOf("\n\n");
        String block = (end < 0 ? raw : raw.substring(0, end)).toLowerCase(java.util.Locale.ROOT);
        boolean reportField = block.startsWith("reporting-mta:") || block.startsWith("final-recipient:")
                || block.startsWith("original-recipient:") || block.startsWith("action:")
                || block.startsWith("diagnostic-code:");
        boolean messageField = block.contains("\nfrom:") || block.startsWith("from:") || block.contains("\nsubject:")
                || block.contains("\nreceived:") || block.startsWith("received:") || block.startsWith("return-path:");
        return reportField && !messageField;
    }

    /** A bounce forwarded inline ("> " before every line) reads like the bounce itself. */
    static String unquote(String text) {
        String[] lines = text.split("\n", -1);
        int quoted = 0;
        int nonBlank = 0;
        for (String l : lines) {
            if (!l.isBlank()) {
                nonBlank++;
                if (l.startsWith(">")) {
                    quoted++;
                }
            }
        }
        if (nonBlank < 3 || quoted * 2 < nonBlank) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String l : lines) {
            String u = l.startsWith("> ") ? l.substring(2) : l.startsWith(">") ? l.substring(1) : l;
            out.append(u).append('\n');
        }
        return out.toString();
    }

    /** Where a plain-text bounce starts quoting the returned message, or -1. */
    static int originalStart(String text) {
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            if (end - pos < 200 && announcesOriginal(text.substring(pos, end))) {
                return pos;
            }
            pos = end + 1;
        }
        return -1;
    }

    static boolean announcesOriginal(String line) {
        String l = line.strip();
        int i = 0;
        while (i < l.length() && "-=*_ ".indexOf(l.charAt(i)) >= 0) {
            i++;
        }
        String rest = l.substring(i).toLowerCase(Locale.ROOT);
        if (i >= 2) {
            for (String k : RULED) {
                int at = rest.indexOf(k);
                if (at >= 0 && at <= 20) {
                    return true;
                }
            }
            return false;
        }
        int end = rest.length();
        while (end > 0 && (rest.charAt(end - 1) == '.' || rest.charAt(end - 1) == ':' || rest.charAt(end - 1) == ' ')) {
            end--;
        }
        return UNRULED.contains(rest.substring(0, end));
    }

    private static Headers headersAfter(String text, int cut) {
        int nl = text.indexOf('\n', cut);
        if (nl < 0) {
            return null;
        }
        String rest = text.substring(nl + 1).stripLeading();
        if (!MimeReader.startsWithHeaders(rest)) {
            return null;
        }
        int end = rest.indexOf("\n\n");
        return Headers.parse(end < 0 ? rest : rest.substring(0, end));
    }

    /** Walks the MIME tree in order, sorting parts into what a bounce reader needs. */
    private static final class Collector {
        final StringBuilder text = new StringBuilder();
        final List<MimeEntity> html = new ArrayList<>();
        final List<String> dsn = new ArrayList<>();
        final StringBuilder feedback = new StringBuilder();
        Headers original;
        String attached = "";
        boolean guessed;

        void walk(MimeEntity e, boolean top) {
            String type = e.type().mimeType();
            if (!e.children().isEmpty() && e.type().isMultipart()) {
                for (MimeEntity child : e.children()) {
                    walk(child, false);
                }
                return;
            }
            if (!e.children().isEmpty()) {
                if (original == null) {
                    original = e.children().get(0).headers();
                    attached = e.bodyAsBytes();
                }
                return;
            }
            if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")) {
                dsn.add(decode(e));
            } else if (type.equals("message/feedback-report")) {
                feedback.append(decode(e)).append('\n');
            } else if (type.equals("text/html")) {
                html.add(e);
            } else if (type.startsWith("text/") && !type.equals("text/rfc822-headers") || top) {
                if (text.length() < MAX_TEXT && !isAttachment(e)) {
                    text.append(decode(e)).append('\n');
                }
            }
        }

        /** HTML parts are read only when there is no plain text (Exchange sometimes sends only HTML). */
        String htmlText() {
            StringBuilder out = new StringBuilder();
            for (MimeEntity e : html) {
                if (out.length() < MAX_TEXT) {
                    out.append(Html.toText(decode(e))).append('\n');
                }
            }
            return out.toString();
        }

        private boolean isAttachment(MimeEntity e) {
            return e.headers().first("content-disposition").map(v -> v.toLowerCase(java.util.Locale.ROOT).startsWith("attachment"))
                    .orElse(false) && text.length() > 0;
        }

        private String decode(MimeEntity e) {
            TextDecoding.Decoded d = e.text();
            guessed |= d.guessed();
            return d.text();
        }
    }
}
