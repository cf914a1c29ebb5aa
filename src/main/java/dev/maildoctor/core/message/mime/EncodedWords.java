package dev.maildoctor.core.message.mime;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** RFC 2047 encoded words ("=?ISO-2022-JP?B?...?=") in header values, and raw 8-bit header text. */
public final class EncodedWords {
    private EncodedWords() {
    }

    /** @param raw a header value, one char per byte */
    public static String decode(String raw) {
        if (raw.indexOf("=?") < 0) {
            return eightBit(raw);
        }
        StringBuilder out = new StringBuilder(raw.length());
        int pos = 0;
        boolean lastWasWord = false;
        while (pos < raw.length()) {
            int start = raw.indexOf("=?", pos);
            if (start < 0) {
                out.append(eightBit(raw.substring(pos)));
                break;
            }
            int q1 = raw.indexOf('?', start + 2);
            int q2 = q1 < 0 ? -1 : raw.indexOf('?', q1 + 1);
            int end = q2 < 0 ? -1 : raw.indexOf("?=", q2 + 1);
            if (q1 < 0 || q2 != q1 + 2 || end < 0) {
                out.append(eightBit(raw.substring(pos)));
                break;
            }
            String between = raw.substring(pos, start);
            if (!(lastWasWord && between.isBlank())) {
                out.append(eightBit(between));
            }
            String charset = raw.substring(start + 2, q1);
            int star = charset.indexOf('*');
            if (star >= 0) {
                charset = charset.substring(0, star);
            }
            char mode = Character.toUpperCase(raw.charAt(q1 + 1));
            String payload = raw.substring(q2 + 1, end);
            byte[] bytes = mode == 'B' ? TransferEncoding.base64(payload) : TransferEncoding.quotedPrintable(payload, true);
            out.append(TextDecoding.decode(bytes, charset.toLowerCase(Locale.ROOT)).text());
            pos = end + 2;
            lastWasWord = true;
        }
        return out.toString();
    }

    private static String eightBit(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) >= 0x80 || raw.charAt(i) == 0x1B) {
                return TextDecoding.decode(raw.getBytes(StandardCharsets.ISO_8859_1), "").text();
            }
        }
        return raw;
    }
}
