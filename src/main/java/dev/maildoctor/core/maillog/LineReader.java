package dev.maildoctor.core.maillog;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines from a byte stream with a large buffer and a hard cap on line length, so a file of
 * binary junk without line breaks costs time in proportion to its size and memory of one buffer.
 * Lines longer than {@link #MAX_LINE} bytes are cut there (the rest is skipped up to the next line
 * break). Bytes are decoded as UTF-8 (the JDK's ASCII fast path applies to almost every log line);
 * malformed bytes become U+FFFD. A compressed stream that ends early ends the lines there.
 */
final class LineReader {
    static final int MAX_LINE = 8 * 1024;
    private static final int BUFFER = 1 << 20;

    /** Called before every refill of the buffer, so a huge line cannot delay cancellation. */
    interface RefillHook {
        void beforeRefill() throws IOException;
    }

    private final InputStream in;
    private final RefillHook hook;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] overlong;
    private int overlongLength = -1;

    LineReader(InputStream in, RefillHook hook) {
        this.in = in;
        this.hook = hook;
    }

    /** The next line without its line break, or null at the end. */
    String readLine() throws IOException {
        int scanFrom = pos;
        while (true) {
            int nl = indexOfNewline(scanFrom);
            if (nl >= 0) {
                String line = overlongLength >= 0 ? takeOverlong() : decode(pos, nl);
                pos = nl + 1;
                return line;
            }
            if (overlongLength < 0 && limit - pos > MAX_LINE) {
                overlong = overlong == null ? new byte[MAX_LINE] : overlong;
                System.arraycopy(buf, pos, overlong, 0, MAX_LINE);
                overlongLength = MAX_LINE;
            }
            if (overlongLength >= 0) {
                pos = limit;
            }
            scanFrom = limit - pos;
            if (!refill()) {
                if (overlongLength >= 0) {
                    return takeOverlong();
                }
                if (pos < limit) {
                    String line = decode(pos, limit);
                    pos = limit;
                    return line;
                }
                return null;
            }
            scanFrom += pos;
        }
    }

    private int indexOfNewline(int from) {
        byte[] b = buf;
        for (int i = from, end = limit; i < end; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private String decode(int start, int end) {
        int e = end > start && buf[end - 1] == '\r' ? end - 1 : end;
        return new String(buf, start, Math.min(e - start, MAX_LINE), StandardCharsets.UTF_8);
    }

    private String takeOverlong() {
        String line = new String(overlong, 0, overlongLength, StandardCharsets.UTF_8);
        overlongLength = -1;
        return line;
    }

    /** Moves the unread rest to the front and reads more; false at the end of the stream. */
    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        hook.beforeRefill();
        int rest = limit - pos;
        System.arraycopy(buf, pos, buf, 0, rest);
        pos = 0;
        limit = rest;
        while (limit < buf.length) {
            int n;
            try {
                n = in.read(buf, limit, buf.length - limit);
            } catch (EOFException cutShort) {
                n = -1; // a .gz cut short (copied while being written): keep what was readable
            }
            if (n < 0) {
                eof = true;
                break;
            }
            limit += n;
            if (n > 0 && limit - rest >= BUFFER / 2) {
                break;
            }
        }
        return limit > rest;
    }
}
