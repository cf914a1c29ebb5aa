package dev.maildoctor.core.maillog;

import java.util.List;

/** Deliveries to one recipient domain, with its most frequent remote responses. */
public record DomainTally(String domain, long sent, long deferred, long bounced, List<ResponseCount> topResponses) {
    public DomainTally {
        topResponses = List.copyOf(topResponses);
    }
}
