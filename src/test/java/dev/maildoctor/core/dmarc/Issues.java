package dev.maildoctor.core.dmarc;

import java.util.List;

/** Test helpers: the message keys of a list of issues. */
final class Issues {
    private Issues() {
    }

    static List<String> keys(List<DmarcIssue> issues) {
        return issues.stream().map(i -> i.message().key()).toList();
    }

    static List<String> keys(DmarcRecord record) {
        return keys(record.issues());
    }
}
