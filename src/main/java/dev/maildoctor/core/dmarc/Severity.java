package dev.maildoctor.core.dmarc;

import dev.maildoctor.core.model.Status;
import java.util.Comparator;
import java.util.List;

/** Orders statuses by how much they need attention: FAIL, then UNKNOWN (could not tell), WARN, INFO, PASS. */
final class Severity {
    private static final List<Status> ORDER = List.of(Status.PASS, Status.INFO, Status.WARN, Status.UNKNOWN, Status.FAIL);

    private Severity() {
    }

    static int rank(Status status) {
        return ORDER.indexOf(status);
    }

    static Status worst(List<DmarcIssue> issues) {
        return issues.stream().map(DmarcIssue::severity).max(Comparator.comparingInt(Severity::rank)).orElse(Status.PASS);
    }

    static List<DmarcIssue> worstFirst(List<DmarcIssue> issues) {
        return issues.stream().sorted(Comparator.comparingInt((DmarcIssue i) -> -rank(i.severity()))).toList();
    }
}
