package dev.maildoctor.core.spf;

import dev.maildoctor.core.dns.Dns;
import java.net.InetAddress;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * RFC 7208 check_host(): is {@code ip} allowed to send mail for {@code domain}? DNS problems never
 * fail the stage; they give temperror (or count as void lookups) as the RFC says.
 *
 * <pre>{@code
 * SpfCheck check = new SpfEvaluator(dns).checkMailFrom(ip, "bounce@example.com", "mail.example.com")
 *         .toCompletableFuture().join();
 * }</pre>
 */
public final class SpfEvaluator {
    private static final Pattern LABEL = Pattern.compile("[^.]{1,63}");

    private final Dns dns;
    private final Clock clock;
    private final String receiver;

    public SpfEvaluator(Dns dns) {
        this(dns, Clock.systemUTC(), "unknown");
    }

    /** @param receiver the receiving host's name for %{r} in explanations ("unknown" when not known) */
    public SpfEvaluator(Dns dns, Clock clock, String receiver) {
        this.dns = dns;
        this.clock = clock;
        this.receiver = receiver;
    }

    /**
     * The MAIL FROM check (RFC 7208 section 2.4): the domain of {@code mailFrom}, or of the HELO
     * name when the reverse-path is empty ({@code postmaster@helo}).
     */
    public CompletionStage<SpfCheck> checkMailFrom(InetAddress ip, String mailFrom, String helo) {
        String sender = mailFrom == null || mailFrom.isEmpty() ? "postmaster@" + helo : mailFrom;
        int at = sender.lastIndexOf('@');
        return checkHost(ip, at < 0 ? sender : sender.substring(at + 1), sender, helo);
    }

    /**
     * check_host(ip, domain, sender) of RFC 7208 section 4.
     *
     * @param sender the MAIL FROM (or postmaster@HELO); an empty local-part is read as "postmaster"
     * @param helo   the HELO/EHLO name, for %{h}
     */
    public CompletionStage<SpfCheck> checkHost(InetAddress ip, String domain, String sender, String helo) {
        int at = sender.lastIndexOf('@');
        String local = at <= 0 ? "postmaster" : sender.substring(0, at);
        String senderDomain = at < 0 ? sender : sender.substring(at + 1);
        SpfMacros.Values identity = new SpfMacros.Values(ip, local + "@" + senderDomain, local, senderDomain,
                domain, helo == null ? "" : helo, null, receiver, clock.instant().getEpochSecond());
        SpfLookups lookups = new SpfLookups(dns);
        SpfEvaluation evaluation = new SpfEvaluation(lookups, identity);
        return evaluation.checkHost(domain, "check", true).thenApply(outcome -> new SpfCheck(outcome.result(),
                outcome.result() == SpfResult.FAIL ? outcome.explanation() : java.util.Optional.empty(),
                lookups.terms(), lookups.voids(), outcome.node(), evaluation.problems()));
    }

    /** A name check_host() can evaluate (RFC 7208 section 4.3): several labels of 1 to 63 octets, ASCII. */
    static boolean isDomain(String name) {
        return isDnsName(name) && name.indexOf('.') > 0;
    }

    /** Labels of 1 to 63 octets, at most 253 in all (no trailing dot); DNS itself carries any octet. */
    static boolean isDnsName(String name) {
        if (name.isEmpty() || name.length() > 253) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
