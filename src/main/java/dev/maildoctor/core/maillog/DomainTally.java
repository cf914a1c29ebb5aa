package dev.maildoctor.core.maillog;

import dev.maildoctor.core.routing.Provider;
import java.util.List;

/**
 * Deliveries to one recipient domain, with its most frequent remote responses.
 *
 * @param topResponses normalised responses of its deferred and bounced deliveries, most frequent first
 * @param provider     the mailbox provider its mail went to, as far as the relay host (or failing that,
 *                     the domain) shows: what routing a relay per provider needs to know
 */
public record DomainTally(String domain, long sent, long deferred, long bounced, List<ResponseCount> topResponses,
                          Provider provider) {
    public DomainTally {
        topResponses = List.copyOf(topResponses);
    }

    public DomainTally(String domain, long sent, long deferred, long bounced, List<ResponseCount> topResponses) {
        this(domain, sent, deferred, bounced, topResponses, Provider.UNKNOWN);
    }

    public long total() {
        return sent + deferred + bounced;
    }
}
