package dev.maildoctor.core.message.bounce;

import dev.maildoctor.core.model.Msg;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks raw input before any parsing (empty, too large, binary) and splits it into messages: an
 * mbox into its messages, anything else into one. Line ends become LF (sisimai's corpus has CRLF
 * and CR-only copies of the same bounces).
 */
final class BounceInput {
    /** An mbox holding more messages than this is read only this far. */
    static final int MAX_MESSAGES = 100_000;

    private BounceInput() {
    }

    /** Why the input cannot be read at all, or empty when it can. */
    static Optional<Msg> refusal(byte[] input) {
        if (input == null || input.length == 0 || isBlank(input)) {
            return Optional.of(Msg.of("bounce.notice.empty"));
        }
        if (input.length > BounceDecoder.MAX_INPUT_BYTES) {
            return Optional.of(Msg.of("bounce.notice.too_large", input.length, BounceDecoder.MAX_INPUT_BYTES));
        }
        if (isBinary(input)) {
            return Optional.of(Msg.of("bounce.notice.binary"));
        }
        return Optional.empty();
    }

    private static boolean isBlank(byte[] input) {
        for (byte b : input) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * Mail is text: more than a stray NUL or control character in the first 64 KB means an image, an
     * archive or random junk. (High bytes are fine: 8-bit Japanese text is full of them.)
     */
    static boolean isBinary(byte[] input) {
        int n = Math.min(input.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = input[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x1B && b != 0x0C) {
                control++;
            }
        }
        return control > Math.max(4, n / 100);
    }

    /** One char per byte, LF line ends. */
    static String normalise(byte[] input) {
        String s = new String(input, StandardCharsets.ISO_8859_1);
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The messages of an mbox ("From " separator lines), or the whole text as one message. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (!text.startsWith("From ")) {
            out.add(text);
            return out;
        }
        int start = text.indexOf('\n');
        if (start < 0) {
            out.add("");
            return out;
        }
        start++;
        int pos = start;
        while (out.size() < MAX_MESSAGES) {
            int next = text.indexOf("\nFrom ", pos);
            while (next >= 0 && !separator(text, next + 1)) {
                next = text.indexOf("\nFrom ", next + 1);
            }
            if (next < 0) {
                out.add(text.substring(start));
                break;
            }
            out.add(text.substring(start, next + 1));
            int eol = text.indexOf('\n', next + 1);
            if (eol < 0) {
                break;
            }
            start = eol + 1;
            pos = start;
        }
        return out;
    }

    /** "From sender date" separates messages; "From the desk of..." in a body does not (no header follows). */
    private static boolean separator(String text, int lineStart) {
        int eol = text.indexOf('\n', lineStart);
        if (eol < 0) {
            return false;
        }
        int after = text.indexOf('\n', eol + 1);
        String next = text.substring(eol + 1, after < 0 ? text.length() : after);
        return dev.maildoctor.core.message.mime.Headers.isFieldLine(next);
    }
}
