package dev.maildoctor.core.message.bounce;

import java.util.List;

/**
 * Reads bounces: an .eml, an mbox, or text pasted from a bounce's visible body. Never throws for
 * bad content: unreadable or non-bounce input gives a report with {@code isBounce == false} and a
 * notice saying why.
 */
public final class BounceDecoder {
    /** Input larger than this is refused with a notice instead of being parsed. */
    public static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;

    public List<BounceReport> decode(byte[] input, String sourceName) {
        throw new UnsupportedOperationException("being written");
    }
}
