package dev.maildoctor.core.message.mime;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Undoes Content-Transfer-Encoding. Lenient on purpose: bounces are often cut short or re-wrapped,
 * so invalid base64 characters are skipped and a broken quoted-printable escape is kept as text.
 */
public final class TransferEncoding {
    private TransferEncoding() {
    }

    /** @param raw one char per byte (ISO-8859-1 view of the part's body) */
    public static byte[] decode(String raw, String encoding) {
        String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        if (e.equals("base64")) {
            return base64(raw);
        }
        if (e.equals("quoted-printable")) {
            return quotedPrintable(raw, false);
        }
        return raw.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] base64(String raw) {
        Bytes out = new Bytes(raw.length() * 3 / 4 + 3);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < raw.length(); i++) {
            int v = value(raw.charAt(i));
            if (raw.charAt(i) == '=') {
                break;
            }
            if (v < 0) {
                continue;
            }
            buffer = (buffer << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.write((buffer >> bits) & 0xFF);
            }
        }
        return out.toByteArray();
    }

    private static int value(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+' || c == '-') {
            return 62;
        }
        if (c == '/' || c == '_') {
            return 63;
        }
        return -1;
    }

    /** @param underscoreIsSpace true in RFC 2047 "Q" encoded words */
    static byte[] quotedPrintable(String raw, boolean underscoreIsSpace) {
        Bytes out = new Bytes(raw.length());
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '=' && i + 1 < n) {
                if (raw.charAt(i + 1) == '\n') {
                    i++;
                    continue;
                }
                if (i + 2 < n && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                    out.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                    i += 2;
                    continue;
                }
                int j = i + 1;
                while (j < n && (raw.charAt(j) == ' ' || raw.charAt(j) == '\t')) {
                    j++;
                }
                if (j < n && raw.charAt(j) == '\n') {
                    i = j;
                    continue;
                }
            }
            out.write(underscoreIsSpace && c == '_' ? ' ' : c & 0xFF);
        }
        return out.toByteArray();
    }

    /** An unsynchronised growable byte array (ByteArrayOutputStream locks on every byte). */
    private static final class Bytes {
        private byte[] buf;
        private int size;

        Bytes(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        void write(int b) {
            if (size == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            buf[size++] = (byte) b;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buf, size);
        }
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
