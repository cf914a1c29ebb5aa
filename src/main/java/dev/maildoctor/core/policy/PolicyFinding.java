package dev.maildoctor.core.policy;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;

/** One verdict about a published policy, with the message key that explains it. */
public record PolicyFinding(Status status, Msg message) {
    static PolicyFinding of(Status status, String key, Object... args) {
        return new PolicyFinding(status, Msg.of(key, args));
    }

    public String key() {
        return message.key();
    }
}
