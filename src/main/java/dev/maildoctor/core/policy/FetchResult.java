package dev.maildoctor.core.policy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an HTTPS fetch produced. For {@link Outcome#RESPONSE} the status, content type and body are
 * set; otherwise {@code detail} says what went wrong (exception text, for the evidence only).
 */
public record FetchResult(Outcome outcome, int statusCode, Optional<String> contentType,
                          Optional<String> location, byte[] body, String detail) {
    public enum Outcome {
        /** An HTTP response arrived and its body fitted within the limit. */
        RESPONSE,
        /** The body was larger than the limit. */
        TOO_LARGE,
        /** The TLS handshake failed: untrusted or mismatched certificate, no common protocol. */
        TLS_FAILURE,
        TIMEOUT,
        /** Could not connect or the connection broke. */
        NETWORK_ERROR
    }

    public FetchResult {
        body = body.clone();
    }

    public static FetchResult response(int statusCode, Optional<String> contentType, Optional<String> location,
                                       byte[] body) {
        return new FetchResult(Outcome.RESPONSE, statusCode, contentType, location, body, "");
    }

    public static FetchResult failure(Outcome outcome, String detail) {
        return new FetchResult(outcome, 0, Optional.empty(), Optional.empty(), new byte[0], detail);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
