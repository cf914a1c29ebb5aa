package dev.maildoctor.app.bounces;

import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.model.Msg;

/**
 * The blocklist follow-up of one sending address: running, done with a report, or failed.
 *
 * @param report  the check's report once done, else null
 * @param problem why there is no report, else null
 */
public record FollowUp(String address, State state, DnsblReport report, Msg problem) {
    public enum State { RUNNING, DONE, FAILED }

    static FollowUp running(String address) {
        return new FollowUp(address, State.RUNNING, null, null);
    }

    static FollowUp done(String address, DnsblReport report) {
        return new FollowUp(address, State.DONE, report, null);
    }

    static FollowUp failed(String address, Msg problem) {
        return new FollowUp(address, State.FAILED, null, problem);
    }
}
