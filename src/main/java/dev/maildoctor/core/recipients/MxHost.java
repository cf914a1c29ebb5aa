package dev.maildoctor.core.recipients;

/** One MX record: exchange host (lower case, no trailing dot) and preference. */
public record MxHost(String host, int preference) {
}
