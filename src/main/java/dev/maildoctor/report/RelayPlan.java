package dev.maildoctor.report;

import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.relay.PostfixFiles;
import dev.maildoctor.core.relay.RelayTarget;
import dev.maildoctor.core.relay.TransportComparison;
import dev.maildoctor.core.spf.SpfChange;
import java.util.List;
import java.util.Optional;

/**
 * Everything the relay configuration consists of, for the reports.
 *
 * @param selected   the domains sent through the relay, with their verdicts
 * @param skipped    the domains looked up but not selected (another provider, or unknown)
 * @param spf        the SPF change, when a sender domain was given
 * @param comparison the user's existing transport file compared with the new one, when given
 */
public record RelayPlan(RelayTarget relay, PostfixFiles files, List<DomainClassification> selected,
                        List<DomainClassification> skipped, Optional<SpfChange> spf,
                        Optional<TransportComparison> comparison) {
    public RelayPlan {
        selected = List.copyOf(selected);
        skipped = List.copyOf(skipped);
    }
}
