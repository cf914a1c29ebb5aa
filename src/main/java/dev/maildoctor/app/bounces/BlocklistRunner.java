package dev.maildoctor.app.bounces;

import dev.maildoctor.core.dnsbl.DnsblReport;
import java.util.concurrent.CompletionStage;
import javafx.beans.property.ReadOnlyDoubleProperty;

/** Runs the Blocklists check (with neighbours) on a sending address for the follow-up of a bounce. */
public interface BlocklistRunner {
    /**
     * Starts the check; the stage completes on the FX thread with the report, or fails with a
     * {@link FollowUpProblem} that says why there is none.
     */
    CompletionStage<DnsblReport> run(String address);

    /** 0..1, or -1 while unknown; for the progress bar of the running check. */
    ReadOnlyDoubleProperty progressProperty();

    void cancel();
}
