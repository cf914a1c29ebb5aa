package dev.maildoctor.core.message.bounce;

import static dev.maildoctor.core.message.bounce.Reason.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides the sisimai reason of a failure from its enhanced status, reply code, SMTP stage and reply
 * text. The order of the checks is sisimai's, so the two agree: first the reasons a status code or
 * a specific phrase proves, then the broader phrase families, then the status code's own meaning.
 * Shared by the bounce decoder and the mail-log analysis.
 */
public final class ReasonClassifier {
    /** Reasons a format reader may suggest but a more specific rule may still override. */
    static final Set<Reason> RETRIED = EnumSet.of(UNDEFINED, ONHOLD, SYSTEMERROR, SECURITYERROR, EXPIRED,
            NETWORKERROR, HOSTUNKNOWN, USERUNKNOWN);
    private static final List<Reason> FIRST = List.of(MAILBOXFULL, MESGTOOBIG, EXCEEDLIMIT, SUSPEND, HASMOVED,
            NORELAYING, AUTHFAILURE, USERUNKNOWN, FILTERED, REQUIREPTR, NOTCOMPLIANTRFC, BADREPUTATION,
            CONTENTERROR, REJECTED, HOSTUNKNOWN, SPAMDETECTED, SPEEDING, TOOMANYCONN, BLOCKED);
    private static final List<Reason> SECOND = List.of(MAILBOXFULL, AUTHFAILURE, BADREPUTATION, SPEEDING,
            SPAMDETECTED, VIRUSDETECTED, POLICYVIOLATION, NORELAYING, SYSTEMERROR, NETWORKERROR, SUSPEND,
            CONTENTERROR, SYSTEMFULL, NOTACCEPT, EXPIRED, FAILEDSTARTTLS, SECURITYERROR, SUPPRESSED, MAILERERROR);
    private static final Set<String> BEFORE_DATA = Set.of("CONN", "EHLO", "HELO", "MAIL", "RCPT");

    private ReasonClassifier() {
    }

    /**
     * Everything known about one failure.
     *
     * @param command sisimai's command word (RCPT, MAIL, DATA, EHLO, CONN, STARTTLS, AUTH) or ""
     * @param spec    the Diagnostic-Code type: "SMTP", "X-UNIX", "X-POSTFIX", ... ("" counts as SMTP)
     * @param hint    a reason the bounce's format states outright, or null
     */
    public record Clues(String status, String replyCode, String diagnostic, String command, String action,
            String spec, Reason hint) {
        public Clues {
            status = status == null ? "" : status;
            replyCode = replyCode == null ? "" : replyCode;
            diagnostic = diagnostic == null ? "" : diagnostic;
            command = command == null ? "" : command;
            action = action == null ? "" : action;
            spec = spec == null ? "" : spec.toUpperCase(Locale.ROOT);
        }

        boolean smtp() {
            return spec.isEmpty() || spec.equals("SMTP");
        }
    }

    /**
     * @param status     enhanced status such as "5.7.1", or empty
     * @param replyCode  basic reply code such as 550, or null
     * @param diagnostic the remote reply text, or empty
     */
    public static Reason classify(String status, Integer replyCode, String diagnostic) {
        String command = SmtpCommands.word(SmtpCommands.find(diagnostic));
        return classify(new Clues(status, replyCode == null ? "" : replyCode.toString(), diagnostic, command,
                "", "SMTP", null));
    }

    public static Reason classify(Clues c) {
        if (c.hint() != null && !RETRIED.contains(c.hint())) {
            return c.hint();
        }
        if (c.status().startsWith("2.")) {
            return DELIVERED;
        }
        ReasonPhrases table = ReasonPhrases.standard();
        String text = c.diagnostic().toLowerCase(Locale.ROOT);
        Reason found = null;
        if (c.smtp()) {
            for (Reason r : FIRST) {
                if (probe(r, c, text, table)) {
                    found = r;
                    break;
                }
            }
        }
        if (found != null && found != UNDEFINED) {
            return found;
        }
        found = anotherOne(c, text, table);
        if (found == UNDEFINED) {
            found = null;
        }
        if (found == null && c.action().equals("delayed")) {
            found = EXPIRED;
        }
        if (found != null) {
            return found;
        }
        if (table.matches(VACATION, text)) {
            return VACATION;
        }
        return text.isBlank() ? UNDEFINED : ONHOLD;
    }

    private static boolean probe(Reason r, Clues c, String text, ReasonPhrases table) {
        if (c.hint() == r) {
            return true;
        }
        Reason byStatus = table.forStatus(c.status());
        return switch (r) {
            case MAILBOXFULL, EXCEEDLIMIT, AUTHFAILURE, REQUIREPTR, SPEEDING, TOOMANYCONN, BLOCKED ->
                    byStatus == r || table.matches(r, text);
            // 5.2.3 is the per-mailbox limit: "message too large" then means exceedlimit.
            case MESGTOOBIG -> byStatus == r || byStatus != EXCEEDLIMIT && table.matches(r, text);
            case SUSPEND -> c.replyCode().equals("525") || table.matches(r, text);
            case HASMOVED, NOTCOMPLIANTRFC, BADREPUTATION -> table.matches(r, text);
            case NORELAYING -> c.hint() != SECURITYERROR && c.hint() != SYSTEMERROR && c.hint() != UNDEFINED
                    && !Set.of("CONN", "EHLO", "HELO").contains(c.command()) && table.matches(r, text);
            case USERUNKNOWN -> userUnknown(c, text, table, byStatus);
            case FILTERED -> byStatus == FILTERED
                    ? table.matches(USERUNKNOWN, text) || table.matches(FILTERED, text)
                    : !BEFORE_DATA.contains(c.command())
                            && (table.matches(FILTERED, text) || table.matches(USERUNKNOWN, text));
            case CONTENTERROR -> !probe(SPAMDETECTED, c, text, table)
                    && (byStatus == CONTENTERROR || table.matches(r, text));
            case REJECTED -> rejected(c, text, table, byStatus);
            case HOSTUNKNOWN -> byStatus == HOSTUNKNOWN ? !table.matches(NETWORKERROR, text) : table.matches(r, text);
            case SPAMDETECTED -> !c.status().isEmpty() && (byStatus == SPAMDETECTED
                    || !BEFORE_DATA.contains(c.command()) && table.matches(r, text));
            default -> false;
        };
    }

    private static boolean userUnknown(Clues c, String text, ReasonPhrases table, Reason byStatus) {
        if (byStatus == USERUNKNOWN) {
            for (Reason other : List.of(NORELAYING, BLOCKED, MAILBOXFULL, HASMOVED, REJECTED, NOTACCEPT)) {
                if (table.matches(other, text)) {
                    return false;
                }
            }
            return true;
        }
        return c.command().equals("RCPT") && table.matches(USERUNKNOWN, text);
    }

    private static boolean rejected(Clues c, String text, ReasonPhrases table, Reason byStatus) {
        if (byStatus == REJECTED) {
            return true;
        }
        if (c.command().equals("MAIL")) {
            return table.matches(REJECTED, text);
        }
        if (c.command().equals("DATA") && byStatus != USERUNKNOWN) {
            return table.matches(REJECTED, text);
        }
        if (byStatus == null || byStatus == UNDEFINED || byStatus == ONHOLD || byStatus == SECURITYERROR
                || byStatus == SYSTEMERROR) {
            return table.matches(REJECTED, text);
        }
        return false;
    }

    private static Reason anotherOne(Clues c, String text, ReasonPhrases table) {
        if (c.hint() != null && c.hint() != UNDEFINED && c.hint() != ONHOLD) {
            return c.hint();
        }
        Reason byStatus = table.forStatus(c.status());
        if (!(byStatus != null && RETRIED.contains(byStatus)) && c.smtp()) {
            return byStatus;
        }
        for (Reason r : SECOND) {
            if (table.matches(r, text)) {
                return r;
            }
        }
        if (byStatus != null) {
            return byStatus;
        }
        String s = c.status();
        if (s.startsWith("5.6") || s.startsWith("4.6")) {
            return CONTENTERROR;
        }
        if (s.startsWith("5.7") || s.startsWith("4.7")) {
            return SECURITYERROR;
        }
        if (c.spec().startsWith("X-UNIX")) {
            return MAILERERROR;
        }
        if (syntaxError(c.replyCode())) {
            return SYNTAXERROR;
        }
        if (c.action().equals("delayed") || c.action().equals("expired")) {
            return EXPIRED;
        }
        if (c.command().equals("EHLO") || c.command().equals("HELO")) {
            return BLOCKED;
        }
        return null;
    }

    private static boolean syntaxError(String reply) {
        if (reply.length() != 3 || !reply.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int r = Integer.parseInt(reply);
        return r > 400 && r < 408 || r > 500 && r < 508;
    }
}
