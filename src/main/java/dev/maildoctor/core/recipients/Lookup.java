package dev.maildoctor.core.recipients;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsOutcome;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * One DNS question whose stage never fails: a failed stage (a cancelled question, a broken
 * resolver client) comes back as a Lookup with the error, so every caller handles both the same way.
 */
record Lookup(String type, DnsAnswer answer, Throwable error) {

    static CompletionStage<Lookup> ask(Dns dns, String name, String type) {
        CompletionStage<DnsAnswer> stage;
        try {
            stage = dns.query(name, type);
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        return stage.handle((answer, error) -> new Lookup(type, answer, unwrap(error)));
    }

    /** NOERROR with records of the asked type. */
    boolean answered() {
        return outcome() == DnsOutcome.ANSWER;
    }

    /** The name exists or definitely does not: an answer to build a verdict on. */
    boolean definite() {
        return answer != null && error == null && answer.isDefinite();
    }

    boolean cancelled() {
        return error instanceof CancellationException;
    }

    DnsOutcome outcome() {
        return answer == null || error != null ? DnsOutcome.OTHER_RCODE : answer.outcome();
    }

    List<String> records() {
        return answer == null || error != null ? List.of() : answer.records();
    }

    /** What went wrong, for a lookup that is not {@link #definite()}: "MX lookup timed out via 192.0.2.53:53". */
    Msg problem() {
        if (cancelled()) {
            return Msg.of("recipients.problem.cancelled");
        }
        if (error != null || answer == null) {
            return Msg.of("recipients.problem.failed", type, error == null ? "no answer" : describe(error));
        }
        String resolver = answer.exchange() == null ? "?" : answer.exchange().resolver();
        return switch (answer.outcome()) {
            case TIMEOUT -> Msg.of("recipients.problem.timeout", type, resolver);
            case NETWORK_ERROR -> Msg.of("recipients.problem.unreachable", type, resolver);
            case SERVFAIL, REFUSED, OTHER_RCODE -> Msg.of("recipients.problem.rcode", type,
                    answer.exchange() == null ? answer.outcome().name() : answer.exchange().rcode(), resolver);
            case ANSWER, NO_DATA, NXDOMAIN -> Msg.of("recipients.problem.rcode", type, answer.outcome().name(), resolver);
        };
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
