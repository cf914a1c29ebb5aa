package dev.maildoctor.core.dkim;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.List;

/**
 * Sums the selector results up. Guessed selectors count only when they hold a key: their absence
 * proves nothing (selectors cannot be listed from DNS), and a guess that timed out must not turn a
 * found, good key into "could not tell". Selectors from a message or the user always count.
 */
final class ReportSummary {
    private ReportSummary() {
    }

    static DkimReport of(List<SelectorResult> results) {
        int tried = results.size();
        int found = (int) results.stream().filter(r -> r.state() == KeyState.FOUND).count();
        int failed = (int) results.stream().filter(r -> r.state() == KeyState.LOOKUP_FAILED).count();
        Status status = null;
        for (SelectorResult r : results) {
            if (counts(r)) {
                status = status == null ? r.status() : StatusRank.worse(status, r.status());
            }
        }
        Msg summary;
        if (found > 0) {
            summary = Msg.of("dkim.summary.keys_found", found, tried);
        } else if (failed > 0) {
            summary = Msg.of("dkim.summary.lookups_failed", failed, tried);
        } else if (status != null) {
            summary = Msg.of("dkim.summary.named_not_found", tried);
        } else {
            summary = Msg.of("dkim.summary.not_found_among_tried", tried);
        }
        if (status == null) {
            status = Status.UNKNOWN;
        }
        return new DkimReport(status, summary, tried, found, results);
    }

    private static boolean counts(SelectorResult r) {
        if (r.candidate().primarySource() != SelectorSource.PROVIDER) {
            return true;
        }
        return r.status() != Status.INFO && r.status() != Status.UNKNOWN;
    }
}
