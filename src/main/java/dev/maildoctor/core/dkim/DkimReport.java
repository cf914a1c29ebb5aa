package dev.maildoctor.core.dkim;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.List;

/**
 * The DKIM key audit of a domain (or of a message's signing domains).
 *
 * @param status  the overall verdict; UNKNOWN when no key was found among the selectors tried, since
 *                selectors cannot be listed from DNS and the domain may use another one
 * @param summary {@code dkim.summary.*}
 * @param tried   how many selector names were looked up
 * @param found   how many of them hold a key record (revoked ones not counted)
 */
public record DkimReport(Status status, Msg summary, int tried, int found, List<SelectorResult> results) {
    public DkimReport {
        results = List.copyOf(results);
    }

    /** The results that hold a key, revoked or not. */
    public List<SelectorResult> keys() {
        return results.stream().filter(r -> r.state() == KeyState.FOUND || r.state() == KeyState.REVOKED).toList();
    }
}
