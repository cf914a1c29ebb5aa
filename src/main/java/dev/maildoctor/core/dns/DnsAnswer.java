package dev.maildoctor.core.dns;

import java.util.List;

/** The result of one query: its outcome, the records of the asked type and the evidence. */
public record DnsAnswer(DnsOutcome outcome, List<String> records, DnsExchange exchange) {
    public DnsAnswer {
        records = List.copyOf(records);
    }

    public boolean isDefinite() {
        return outcome.isDefinite();
    }
}
