package dev.maildoctor.report;

import dev.maildoctor.core.diagnosis.BlocklistFollowUp;
import dev.maildoctor.core.kb.KnowledgeEntry;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * When a bounce calls for the Blocklists check: a recipient failed (for good or for now) and its
 * reason points at the sender's reputation or a blocklist, or the knowledge base says so. The
 * address to check is the sending server's ({@link BlocklistFollowUp#sendingIp}); the remote
 * address in a recipient line is the receiver's and is never checked.
 */
public final class BounceFollowUp {
    private BounceFollowUp() {
    }

    public static boolean wanted(FailedRecipient r, Optional<KnowledgeEntry> entry) {
        return BounceOutcome.of(r) != BounceOutcome.NONE
                && (r.reason().pointsAtReputation() || BlocklistFollowUp.pointsAtBlocklists(r, entry));
    }

    /** The sending address to check for this recipient, when the check applies and the address is known. */
    public static Optional<String> address(BounceReport report, FailedRecipient r, Optional<KnowledgeEntry> entry) {
        return wanted(r, entry) ? BlocklistFollowUp.sendingIp(report, r) : Optional.empty();
    }

    /** The sending server's address: as the bounce names it, else as a recipient's reply names it. */
    public static Optional<String> sendingIp(BounceReport report) {
        return report.sendingIp().or(() -> report.recipients().stream()
                .map(r -> BlocklistFollowUp.sendingIp(report, r)).flatMap(Optional::stream).findFirst());
    }

    /** The sending addresses worth checking, in the order the messages name them. */
    public static Set<String> addresses(Iterable<BounceReport> reports,
                                        Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge) {
        Set<String> ips = new LinkedHashSet<>();
        for (BounceReport report : reports) {
            for (FailedRecipient r : report.recipients()) {
                address(report, r, knowledge.apply(r)).ifPresent(ips::add);
            }
        }
        return ips;
    }
}
