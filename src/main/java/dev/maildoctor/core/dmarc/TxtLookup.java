package dev.maildoctor.core.dmarc;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.dns.DnsOutcome;
import dev.maildoctor.core.model.Msg;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * One TXT question whose stage never fails: a broken resolver client or a cancelled question comes
 * back like a DNS failure, so callers only ever distinguish "answered", "nothing there" and "could not tell".
 */
record TxtLookup(String name, DnsOutcome outcome, List<String> records, Optional<DnsExchange> exchange, String error) {

    static CompletionStage<TxtLookup> ask(Dns dns, String name) {
        CompletionStage<DnsAnswer> stage;
        try {
            stage = dns.query(name, "TXT");
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        return stage.handle((answer, error) -> error == null && answer != null
                ? new TxtLookup(name, answer.outcome(), answer.records(), Optional.ofNullable(answer.exchange()), null)
                : new TxtLookup(name, DnsOutcome.OTHER_RCODE, List.of(), Optional.empty(), describe(error)));
    }

    /** The name exists with TXT records, or definitely has none. */
    boolean definite() {
        return error == null && outcome.isDefinite();
    }

    /** Why this question told us nothing: "{name} TXT: SERVFAIL via 192.0.2.53:53". */
    Msg failure() {
        String rcode = error != null ? error : exchange.map(DnsExchange::rcode).orElse(outcome.name());
        String resolver = exchange.map(DnsExchange::resolver).orElse("?");
        return Msg.of("dmarc.lookup.failed", name, rcode, resolver);
    }

    private static String describe(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e == null) {
            return "no answer";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
