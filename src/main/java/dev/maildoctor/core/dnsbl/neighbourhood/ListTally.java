package dev.maildoctor.core.dnsbl.neighbourhood;

/** Per-list numbers of a scan: neighbours answered, listed, and not answered. */
public record ListTally(String listId, String listName, int answered, int listed, int unanswered) {
}
