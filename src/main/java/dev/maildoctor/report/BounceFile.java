package dev.maildoctor.report;

import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.diagnosis.ProofConclusion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One input of the bounce command: its decoded messages (several for an mbox) and, where the
 * sending address was checked, the blocklist reports by address and, per recipient, the conclusion
 * that combines the bounce with that check.
 *
 * @param file "-" for standard input or pasted text
 */
public record BounceFile(String file, List<BounceReport> reports, Map<String, DnsblReport> checks,
                         Map<FailedRecipient, ProofConclusion> conclusions) {
    public BounceFile {
        reports = List.copyOf(reports);
        checks = Map.copyOf(checks);
        conclusions = Map.copyOf(conclusions);
    }

    public static BounceFile of(String file, List<BounceReport> reports) {
        return new BounceFile(file, reports, Map.of(), Map.of());
    }

    public boolean isBounce() {
        return reports.stream().anyMatch(BounceReport::isBounce);
    }

    /** The first sending address any message names (in its own text or in a recipient's reply). */
    public Optional<String> sendingIp() {
        return reports.stream().map(BounceFollowUp::sendingIp).flatMap(Optional::stream).findFirst();
    }

    /** The first message that is a bounce, else the first message. */
    public Optional<BounceReport> main() {
        return reports.stream().filter(BounceReport::isBounce).findFirst().or(() -> reports.stream().findFirst());
    }
}
