package dev.maildoctor.core.diagnosis;

import dev.maildoctor.core.kb.KnowledgeEntry;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.network.Target;
import dev.maildoctor.core.network.TargetParser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a failure calls for the Blocklists check of the sending address, and which address that
 * is. The check applies when the reply points at the sender's IP reputation or a blocklist and the
 * sending address is known. The address is the sending server's: the remote address of a
 * recipient line is the receiver's and is never taken.
 */
public final class BlocklistFollowUp {
    private static final String IPV4 = "(\\d{1,3}(?:\\.\\d{1,3}){3})";
    /** Where replies name the sending address, most telling first. */
    private static final List<Pattern> SENDER_IP = List.of(
            // [192.0.2.1] and Gmail's [192.0.2.1 18]; not host[192.0.2.1], which names a server
            Pattern.compile("(?<![\\w.-])\\[" + IPV4 + "(?:\\s+\\d+)?]"),
            Pattern.compile("\\b(?:client host|sending ip|banned sender|messages from|accepted from|ip address|ip)\\s*"
                    + "[\\[:]?\\s*" + IPV4 + "(?![\\d.]*\\d)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\w.-])\\[(?:ipv6:)?([0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})]",
                    Pattern.CASE_INSENSITIVE));
    private static final Set<Reason> REPUTATION = Set.of(Reason.BADREPUTATION, Reason.BLOCKED);

    private BlocklistFollowUp() {
    }

    /**
     * The knowledge base decides where it has an entry that asks for the check; otherwise the
     * reason does (bad reputation, blocked). Delivered or relayed recipients never need it.
     */
    public static boolean pointsAtBlocklists(FailedRecipient recipient, Optional<KnowledgeEntry> entry) {
        if (!"failed".equals(recipient.action()) && !"delayed".equals(recipient.action())) {
            return false;
        }
        return entry.map(KnowledgeEntry::checkBlocklists).orElse(false) || REPUTATION.contains(recipient.reason());
    }

    /** The address to check, when the check applies and the sending address is known. */
    public static Optional<String> addressToCheck(BounceReport report, FailedRecipient recipient,
                                                  Optional<KnowledgeEntry> entry) {
        return pointsAtBlocklists(recipient, entry) ? sendingIp(report, recipient) : Optional.empty();
    }

    /** The sending address as the bounce names it, else as the recipient's reply text names it. */
    public static Optional<String> sendingIp(BounceReport report, FailedRecipient recipient) {
        if (report.sendingIp().isPresent()) {
            return report.sendingIp();
        }
        String text = recipient.diagnostic() == null ? "" : recipient.diagnostic();
        for (Pattern p : SENDER_IP) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<String> ip = usable(m.group(1), recipient.remoteIp());
                if (ip.isPresent()) {
                    return ip;
                }
            }
        }
        return Optional.empty();
    }

    /** A literal public-looking address that is not the receiver's own. */
    private static Optional<String> usable(String candidate, Optional<String> receiver) {
        Target target;
        try {
            target = TargetParser.parse(candidate);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String display = target.display();
        boolean placeholder = display.equals("0.0.0.0") || display.startsWith("127.") || display.equals("::1");
        boolean isReceiver = receiver.map(r -> sameAddress(r, target)).orElse(false);
        if (target instanceof Target.Domain || placeholder || isReceiver) {
            return Optional.empty();
        }
        return Optional.of(display);
    }

    private static boolean sameAddress(String text, Target target) {
        try {
            return TargetParser.parse(text).equals(target);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
