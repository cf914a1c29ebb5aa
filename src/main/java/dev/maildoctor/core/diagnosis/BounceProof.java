package dev.maildoctor.core.diagnosis;

import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.ZoneResult;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.dnsbl.neighbourhood.ListTally;
import dev.maildoctor.core.dnsbl.neighbourhood.Neighbourhood;
import dev.maildoctor.core.dnsbl.neighbourhood.Verdict;
import dev.maildoctor.core.kb.BlocklistRef;
import dev.maildoctor.core.kb.Knowledge;
import dev.maildoctor.core.kb.KnowledgeEntry;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.network.TargetParser;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * From bounce to proof: reads a reputation bounce together with the blocklist check of the sending
 * address, "Mail from 153.122.40.105 is refused by Gmail because of the sending IP address's
 * reputation. 131 of 250 sampled neighbours in 153.122.40.0/24 are listed too, most of them on
 * SPFBL: your provider's range is burned."
 */
public final class BounceProof {
    private final Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge;

    public BounceProof(Knowledge knowledge) {
        this(knowledge::explain);
    }

    /** @param knowledge how a failure is explained (a cache in front of {@link Knowledge#explain} will do) */
    public BounceProof(Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * @param sendingIp the sending server's address as the bounce names it; the report must be the check of it
     * @throws IllegalArgumentException when the report checked another address
     */
    public ProofConclusion conclude(FailedRecipient recipient, String sendingIp, DnsblReport report) {
        if (!TargetParser.parse(sendingIp).equals(report.target())) {
            throw new IllegalArgumentException(
                    "the report checked " + report.target().display() + ", not " + sendingIp);
        }
        Msg provider = ProviderNames.inSentence(recipient.provider());
        String ip = report.target().display();
        Msg cause = cause(recipient, knowledge.apply(recipient));
        List<ZoneResult> listed = report.results().stream().filter(r -> r.status() == ZoneStatus.LISTED).toList();
        List<String> names = listed.stream().map(r -> r.list().name()).distinct().toList();
        Optional<Neighbourhood> neighbours = report.neighbourhood();
        Verdict verdict = neighbours.map(Neighbourhood::verdict).orElse(Verdict.UNKNOWN);

        if (verdict == Verdict.PROVIDER_RANGE) {
            Neighbourhood n = neighbours.get();
            Optional<ZoneResult> wide = listed.stream().filter(r -> r.category().isWiderThanOneAddress()).findFirst();
            Msg message = wide.isPresent()
                    ? Msg.of("proof.provider_range.wide", provider, ip, cause, wide.get().list().name())
                    : Msg.of("proof.provider_range", provider, ip, cause, n.listed(), n.scanned(), n.range().toString(),
                            mostListing(n));
            return new ProofConclusion(ProofKind.PROVIDER_RANGE, message, names);
        }
        if (!listed.isEmpty()) {
            String lists = String.join(", ", names);
            if (verdict == Verdict.ISOLATED || verdict == Verdict.CLEAN) {
                Neighbourhood n = neighbours.get();
                return new ProofConclusion(ProofKind.ISOLATED, Msg.of("proof.isolated", provider, ip, cause, lists,
                        n.range().toString(), n.listed(), n.scanned()), names);
            }
            return new ProofConclusion(ProofKind.LISTED, Msg.of("proof.listed", provider, ip, cause, lists), names);
        }
        int total = report.results().size();
        int unanswered = (int) report.results().stream().filter(r -> !r.status().isDefinite()).count();
        if (total == 0 || unanswered > 0) {
            return new ProofConclusion(ProofKind.UNKNOWN,
                    Msg.of("proof.unknown", provider, ip, cause, unanswered, total), names);
        }
        return new ProofConclusion(ProofKind.CLEAN, Msg.of("proof.clean", provider, ip, cause, total), names);
    }

    /** Why the provider refuses, as the bounce tells it: the list it names, else the failure's reason. */
    static Msg cause(FailedRecipient recipient, Optional<KnowledgeEntry> entry) {
        Optional<BlocklistRef> list = entry.flatMap(KnowledgeEntry::blocklist);
        if (list.isPresent()) {
            return Msg.of("proof.cause.listed_on", list.get().display());
        }
        // The knowledge base knows provider wordings that the generic reason does not.
        boolean ipReputation = entry.map(KnowledgeEntry::checkBlocklists).orElse(false);
        return switch (recipient.reason()) {
            case BADREPUTATION -> Msg.of("proof.cause.ip_reputation");
            case REQUIREPTR -> Msg.of("proof.cause.reverse_dns");
            case SPAMDETECTED -> Msg.of("proof.cause.spam");
            case SPEEDING, TOOMANYCONN -> Msg.of("proof.cause.rate");
            case AUTHFAILURE -> Msg.of("proof.cause.authentication");
            case BLOCKED -> ipReputation ? Msg.of("proof.cause.ip_reputation") : Msg.of("proof.cause.blocked");
            default -> ipReputation ? Msg.of("proof.cause.ip_reputation") : Msg.of("proof.cause.policy");
        };
    }

    /** The list that lists most neighbours, named in the conclusion ("most of them on SPFBL"). */
    private static String mostListing(Neighbourhood n) {
        return n.tallies().stream().max(Comparator.comparingInt(ListTally::listed)).map(ListTally::listName).orElse("");
    }
}
