package dev.maildoctor.core.maillog;

import dev.maildoctor.core.message.bounce.Reason;

/**
 * A remote response (normalised: addresses, ids and numbers masked) and how often it was seen.
 *
 * @param reason what the response means, classified from the first full response seen
 */
public record ResponseCount(String response, long count, Reason reason) {
    public ResponseCount(String response, long count) {
        this(response, count, Reason.UNDEFINED);
    }
}
