package dev.maildoctor.core.message.mime;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One MIME entity: its headers, and either children (multipart, message/rfc822) or a body. The body
 * is kept raw (one char per byte) and decoded on request, so attachments nobody reads cost nothing.
 *
 * @param truncated a multipart whose closing boundary never came (the message was cut short)
 */
public record MimeEntity(Headers headers, ContentType type, String transferEncoding, String rawBody,
        List<MimeEntity> children, boolean truncated) {

    public MimeEntity {
        children = List.copyOf(children);
    }

    public byte[] bodyBytes() {
        return TransferEncoding.decode(rawBody, transferEncoding);
    }

    /** The body as text, in the declared charset or the one the bytes reveal. */
    public TextDecoding.Decoded text() {
        return TextDecoding.decode(bodyBytes(), type.charset());
    }

    /** The decoded body viewed one char per byte, for parts that are themselves messages. */
    public String bodyAsBytes() {
        return new String(bodyBytes(), StandardCharsets.ISO_8859_1);
    }

    public boolean anyTruncated() {
        if (truncated) {
            return true;
        }
        for (MimeEntity c : children) {
            if (c.anyTruncated()) {
                return true;
            }
        }
        return false;
    }
}
