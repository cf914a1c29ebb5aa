package dev.maildoctor.cli;

import dev.maildoctor.core.model.Status;
import java.util.Collection;

/** Monitoring-plugin exit codes: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (also usage errors). */
final class ExitCode {
    static final int OK = 0;
    static final int WARNING = 1;
    static final int CRITICAL = 2;
    static final int UNKNOWN = 3;

    private ExitCode() {
    }

    static int of(Status status) {
        switch (status) {
            case FAIL: return CRITICAL;
            case UNKNOWN: return UNKNOWN;
            case WARN: return WARNING;
            default: return OK;
        }
    }

    /** Over several targets: critical beats unknown beats warning beats ok. */
    static int worst(Collection<Status> statuses) {
        if (statuses.contains(Status.FAIL)) {
            return CRITICAL;
        }
        if (statuses.contains(Status.UNKNOWN)) {
            return UNKNOWN;
        }
        if (statuses.contains(Status.WARN)) {
            return WARNING;
        }
        return OK;
    }
}
