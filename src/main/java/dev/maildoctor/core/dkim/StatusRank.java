package dev.maildoctor.core.dkim;

import dev.maildoctor.core.model.Status;

/** Which status outweighs which when several are summed up: a definite failure, then "could not tell". */
final class StatusRank {
    private StatusRank() {
    }

    static int of(Status s) {
        return switch (s) {
            case INFO -> 0;
            case PASS -> 1;
            case WARN -> 2;
            case UNKNOWN -> 3;
            case FAIL -> 4;
        };
    }

    static Status worse(Status a, Status b) {
        return of(b) > of(a) ? b : a;
    }
}
