package dev.maildoctor.core.dmarc;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;

/** One problem found in a DMARC record or its look-up, with how bad it is (WARN, FAIL or UNKNOWN). */
public record DmarcIssue(Status severity, Msg message) {
    static DmarcIssue fail(String key, Object... args) {
        return new DmarcIssue(Status.FAIL, Msg.of(key, args));
    }

    static DmarcIssue warn(String key, Object... args) {
        return new DmarcIssue(Status.WARN, Msg.of(key, args));
    }

    static DmarcIssue unknown(String key, Object... args) {
        return new DmarcIssue(Status.UNKNOWN, Msg.of(key, args));
    }
}
