package dev.maildoctor.core.dns;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Evidence of one DNS question and its outcome, kept so a report can be verified or replayed.
 *
 * @param rcode    NOERROR, NXDOMAIN, SERVFAIL, REFUSED, ... or TIMEOUT / NETWORK_ERROR when no answer came
 * @param answers  answer records of the asked type, in presentation format (rdata only)
 * @param resolver host:port that gave the answer (or was last tried)
 * @param transport udp or tcp (tcp after a truncated UDP answer)
 */
public record DnsExchange(
        String name,
        String type,
        String rcode,
        List<String> answers,
        String resolver,
        String transport,
        Duration latency,
        Instant time,
        int attempts) {

    public DnsExchange {
        answers = List.copyOf(answers);
    }

    /** The same exchange with a secret (such as an API key inside a query name) replaced. */
    public DnsExchange redact(String secret, String placeholder) {
        if (secret == null || secret.isEmpty() || !name.contains(secret)) {
            return this;
        }
        return new DnsExchange(name.replace(secret, placeholder), type, rcode, answers, resolver, transport,
                latency, time, attempts);
    }
}
