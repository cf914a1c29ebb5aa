package dev.maildoctor.core.message.bounce;

import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads bounces: an .eml, an mbox, or text pasted from a bounce's visible body. Never throws for
 * bad content: unreadable or non-bounce input gives a report with {@code isBounce == false} and a
 * notice saying why.
 */
public final class BounceDecoder {
    /** Input larger than this is refused with a notice instead of being parsed. */
    public static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;

    /**
     * @param input      the file's or the pasted text's bytes (any line ends, any charset)
     * @param sourceName file name, or "-" for pasted/standard input
     * @return one report per message (an mbox gives several), never empty
     */
    public List<BounceReport> decode(byte[] input, String sourceName) {
        String source = sourceName == null || sourceName.isBlank() ? "-" : sourceName;
        Optional<Msg> refusal = BounceInput.refusal(input);
        if (refusal.isPresent()) {
            return List.of(notBounce(source, 1, refusal.get()));
        }
        List<String> messages = BounceInput.split(BounceInput.normalise(input));
        List<BounceReport> out = new ArrayList<>(messages.size());
        int index = 0;
        for (String raw : messages) {
            index++;
            try {
                out.add(MessageDecoder.decode(raw, source, index));
            } catch (RuntimeException e) {
                // A reader bug must not lose the other messages of an mbox: report this one as unreadable.
                out.add(notBounce(source, index, Msg.of("bounce.notice.unreadable", e.getClass().getSimpleName())));
            }
        }
        return out;
    }

    private static BounceReport notBounce(String source, int index, Msg why) {
        return new BounceReport(source, index, false, "", Optional.empty(), List.of(), Optional.of(why));
    }
}
