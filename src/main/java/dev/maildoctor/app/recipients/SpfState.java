package dev.maildoctor.app.recipients;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.spf.SpfChange;

/** The SPF tab's state: not asked for, being worked out, the change, or why there is none. */
public record SpfState(Kind kind, SpfChange change, Msg problem) {
    public enum Kind { NO_SENDER_DOMAIN, RUNNING, DONE, FAILED }

    static final SpfState NO_SENDER_DOMAIN = new SpfState(Kind.NO_SENDER_DOMAIN, null, null);
    static final SpfState RUNNING = new SpfState(Kind.RUNNING, null, null);

    static SpfState done(SpfChange change) {
        return new SpfState(Kind.DONE, change, null);
    }

    static SpfState failed(Msg problem) {
        return new SpfState(Kind.FAILED, null, problem);
    }
}
