package dev.maildoctor.core.policy;

import dev.maildoctor.core.model.Status;
import java.util.Optional;

/** Syntax of the {@code _mta-sts} TXT record (RFC 8461 section 3.1): "v=STSv1; id=<1-32 alphanumerics>". */
final class MtaStsTxt {
    static final String VERSION = "STSv1";

    private MtaStsTxt() {
    }

    /** The problem with the record, or empty when it is valid. */
    static Optional<PolicyFinding> problem(String record) {
        TagRecord tags = TagRecord.parse(record);
        if (!TagRecord.startsWithVersion(record, VERSION) || !tags.malformed().isEmpty()
                || !tags.duplicates().isEmpty()) {
            return Optional.of(PolicyFinding.of(Status.FAIL, "policy.mtasts.txt.syntax", record));
        }
        Optional<String> id = tags.get("id");
        if (id.isEmpty()) {
            return Optional.of(PolicyFinding.of(Status.FAIL, "policy.mtasts.txt.id_missing"));
        }
        if (!id.get().matches("[A-Za-z0-9]{1,32}")) {
            return Optional.of(PolicyFinding.of(Status.FAIL, "policy.mtasts.txt.id_invalid", id.get()));
        }
        return Optional.empty();
    }

    static String id(String record) {
        return TagRecord.parse(record).get("id").orElse("");
    }
}
