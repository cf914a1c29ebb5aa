package dev.maildoctor.core.maillog;

/** A remote response (normalised: addresses, ids and numbers masked) and how often it was seen. */
public record ResponseCount(String response, long count) {
}
