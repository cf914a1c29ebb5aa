package dev.maildoctor.core.message.bounce;

import dev.maildoctor.core.model.Msg;
import java.util.List;
import java.util.Optional;

/**
 * What one message (an .eml, one message of an mbox, or pasted text) says about failed deliveries.
 *
 * @param source     file name, or "-" for pasted/standard input
 * @param index      1-based position of the message in its source (mbox); 1 for single messages
 * @param isBounce   false for messages that are not delivery reports (the notice says so)
 * @param format     which format was recognised: "rfc3464", "postfix", "exim", "qmail", "gmail", ...
 * @param sendingIp  the sending server's address when the text names it (e.g. Gmail's "[1.2.3.4]")
 * @param notice     a message for the user when the input was not a bounce or only partly readable
 */
public record BounceReport(
        String source,
        int index,
        boolean isBounce,
        String format,
        Optional<String> sendingIp,
        List<FailedRecipient> recipients,
        Optional<Msg> notice) {

    public BounceReport {
        recipients = List.copyOf(recipients);
    }
}
