package dev.maildoctor.core.spf;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsOutcome;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The DNS side of one evaluation: asks the questions and keeps the two counters of RFC 7208
 * section 4.6.4 (DNS-querying terms, void lookups), shared by every record of the tree.
 */
final class SpfLookups {
    static final int TERM_LIMIT = 10;
    static final int VOID_LIMIT = 2;
    /** Names taken from one MX or PTR answer (RFC 7208 section 4.6.4). */
    static final int NAME_LIMIT = 10;

    enum Kind { FOUND, VOID, ERROR }

    /** @param outcome what DNS said, for notes ({@code nxdomain}, {@code timeout}, ...) */
    record Answer(Kind kind, List<String> records, String outcome) {
    }

    private final Dns dns;
    private int terms;
    private int voids;

    SpfLookups(Dns dns) {
        this.dns = dns;
    }

    /** Counts a DNS-querying term; false when that goes over the limit. */
    boolean countTerm() {
        return ++terms <= TERM_LIMIT;
    }

    /** Counts a void lookup; false when that goes over the limit. */
    boolean countVoid() {
        return ++voids <= VOID_LIMIT;
    }

    int terms() {
        return Math.min(terms, TERM_LIMIT + 1);
    }

    int voids() {
        return voids;
    }

    /** A name DNS cannot carry (a label over 63 octets, an empty label) gives VOID without a query. */
    CompletionStage<Answer> query(String name, String type) {
        if (!SpfEvaluator.isDnsName(name)) {
            return CompletableFuture.completedFuture(new Answer(Kind.VOID, List.of(), "invalid_name"));
        }
        CompletionStage<DnsAnswer> asked;
        try {
            asked = dns.query(name, type);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Answer(Kind.VOID, List.of(), "invalid_name"));
        }
        return asked.handle((answer, error) -> {
            if (error != null) {
                return new Answer(Kind.VOID, List.of(), "invalid_name");
            }
            String outcome = answer.outcome().name().toLowerCase(Locale.ROOT);
            if (answer.outcome() == DnsOutcome.ANSWER) {
                return new Answer(Kind.FOUND, answer.records(), outcome);
            }
            return new Answer(answer.isDefinite() ? Kind.VOID : Kind.ERROR, List.of(), outcome);
        });
    }
}
