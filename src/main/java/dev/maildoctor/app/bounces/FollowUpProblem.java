package dev.maildoctor.app.bounces;

import dev.maildoctor.core.model.Msg;

/** Why a blocklist follow-up produced no report (resolver settings, a check already running, cancelled). */
public final class FollowUpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Msg msg;

    public FollowUpProblem(Msg msg) {
        super(msg.key(), null, false, false);
        this.msg = msg;
    }

    public Msg msg() {
        return msg;
    }
}
