package dev.maildoctor.report;

import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** Whether a recipient failed for good, for now, or not at all (the CLI's exit code follows this). */
public enum BounceOutcome {
    NONE, TEMPORARY, PERMANENT;

    /** DSN actions that report success, not a failure. */
    private static final Set<String> NOT_FAILED = Set.of("delivered", "relayed", "expanded");

    public static BounceOutcome of(FailedRecipient r) {
        String action = r.action() == null ? "" : r.action().toLowerCase(Locale.ROOT);
        if (NOT_FAILED.contains(action)) {
            return NONE;
        }
        if ("delayed".equals(action)) {
            return TEMPORARY;
        }
        return r.permanent() ? PERMANENT : TEMPORARY;
    }

    /** The worst outcome over every recipient of these reports. */
    public static BounceOutcome worst(Collection<BounceReport> reports) {
        BounceOutcome worst = NONE;
        for (BounceReport report : reports) {
            for (FailedRecipient r : report.recipients()) {
                BounceOutcome o = of(r);
                if (o.ordinal() > worst.ordinal()) {
                    worst = o;
                }
            }
        }
        return worst;
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
