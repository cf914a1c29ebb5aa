package dev.maildoctor.core.auth;

import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.spf.SpfResult;

/** How an SPF outcome counts towards a verdict and the exit code. */
public final class SpfStatus {
    private SpfStatus() {
    }

    /** check_host() for a real sending address: pass is fine, fail and permerror break delivery. */
    public static Status ofResult(SpfResult result) {
        return switch (result) {
            case PASS -> Status.PASS;
            case NEUTRAL, NONE, SOFTFAIL -> Status.WARN;
            case FAIL, PERMERROR -> Status.FAIL;
            case TEMPERROR -> Status.UNKNOWN;
        };
    }

    /**
     * The record alone (evaluated for an address it does not list): valid unless missing or in error.
     * What the record gives that address does not matter here.
     */
    public static Status ofRecord(SpfResult result) {
        return switch (result) {
            case NONE, PERMERROR -> Status.FAIL;
            case TEMPERROR -> Status.UNKNOWN;
            default -> Status.PASS;
        };
    }
}
