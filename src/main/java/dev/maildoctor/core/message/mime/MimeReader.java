package dev.maildoctor.core.message.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, forgiving MIME parser. Jakarta Mail is strict where bounces are sloppy (missing closing
 * boundaries, wrong charsets, bare text pasted without headers) and builds far more than we need;
 * this reader does one linear pass, bounds nesting and part counts, and never throws on content.
 */
public final class MimeReader {
    static final int MAX_DEPTH = 12;
    static final int MAX_PARTS = 500;

    private int parts;

    private MimeReader() {
    }

    /** @param raw a whole message, one char per byte, LF line ends */
    public static MimeEntity read(String raw) {
        return new MimeReader().entity(raw, 0);
    }

    /** True when the text opens with a header field, i.e. it is a message rather than a pasted body. */
    public static boolean startsWithHeaders(String raw) {
        int end = raw.indexOf('\n');
        String first = end < 0 ? raw : raw.substring(0, end);
        return Headers.isFieldLine(first) && !first.startsWith("http");
    }

    private MimeEntity entity(String raw, int depth) {
        parts++;
        String headerBlock = "";
        String body = raw;
        if (startsWithHeaders(raw)) {
            int split = raw.indexOf("\n\n");
            if (raw.startsWith("\n")) {
                split = 0;
            }
            headerBlock = split < 0 ? raw : raw.substring(0, split);
            body = split < 0 ? "" : raw.substring(Math.min(raw.length(), split + 2));
        }
        Headers headers = Headers.parse(headerBlock);
        ContentType type = ContentType.parse(headers.first("content-type").orElse(""));
        String encoding = headers.first("content-transfer-encoding").orElse("");
        if (depth >= MAX_DEPTH || parts >= MAX_PARTS) {
            return new MimeEntity(headers, type, encoding, body, List.of(), false);
        }
        if (type.isMultipart() && !type.boundary().isEmpty()) {
            return multipart(headers, type, encoding, body, depth);
        }
        if (type.is("message/rfc822") || type.is("message/global") || type.is("text/rfc822-headers")
                || type.is("message/rfc822-headers") || type.is("message/partial")) {
            String enc = encoding.strip().toLowerCase(java.util.Locale.ROOT);
            String inner = enc.isEmpty() || enc.equals("7bit") || enc.equals("8bit") || enc.equals("binary")
                    ? body : new MimeEntity(headers, type, encoding, body, List.of(), false).bodyAsBytes();
            MimeEntity child = entity(stripLeadingBlankLines(inner), depth + 1);
            return new MimeEntity(headers, type, encoding, body, List.of(child), false);
        }
        return new MimeEntity(headers, type, encoding, body, List.of(), false);
    }

    private MimeEntity multipart(Headers headers, ContentType type, String encoding, String body, int depth) {
        String delimiter = "--" + type.boundary();
        List<MimeEntity> children = new ArrayList<>();
        int pos = 0;
        int partStart = -1;
        boolean closed = false;
        int n = body.length();
        while (pos < n) {
            int end = body.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            if (body.startsWith(delimiter, pos)) {
                String rest = body.substring(pos + delimiter.length(), end).strip();
                boolean closing = rest.startsWith("--");
                if (rest.isEmpty() || closing) {
                    if (partStart >= 0 && parts < MAX_PARTS) {
                        children.add(entity(body.substring(partStart, Math.max(partStart, pos - 1)), depth + 1));
                    }
                    partStart = end + 1;
                    if (closing) {
                        closed = true;
                        break;
                    }
                }
            }
            pos = end + 1;
        }
        if (partStart < 0) {
            // The boundary never appears: read the body as plain text rather than lose it.
            return new MimeEntity(headers, ContentType.TEXT_PLAIN, encoding, body, List.of(), true);
        }
        if (!closed && partStart < n && parts < MAX_PARTS) {
            children.add(entity(body.substring(partStart), depth + 1));
        }
        return new MimeEntity(headers, type, encoding, "", children, !closed);
    }

    private static String stripLeadingBlankLines(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            int nl = s.indexOf('\n', i);
            if (nl < 0 || !s.substring(i, nl).isBlank()) {
                break;
            }
            i = nl + 1;
        }
        return s.substring(i);
    }
}
