package dev.maildoctor.core.dmarc;

import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.model.Msg;
import java.util.List;
import java.util.Optional;

/**
 * Where the policy for a domain was found (RFC 7489 §6.6.3), before the record is read.
 *
 * @param recordDomain the domain owning the record (the domain itself or its organisational domain)
 * @param records      the DMARC records at {@code _dmarc.<recordDomain>} (one when FOUND, several when MULTIPLE)
 * @param otherTxt     TXT records at the _dmarc names that are not DMARC records (receivers discard them)
 * @param failure      why the outcome is UNKNOWN
 */
record Discovery(Outcome outcome, Optional<String> recordDomain, List<String> records, List<String> otherTxt,
        Optional<Msg> failure, List<DnsExchange> evidence) {

    enum Outcome { FOUND, NONE, MULTIPLE, UNKNOWN }

    Discovery {
        records = List.copyOf(records);
        otherTxt = List.copyOf(otherTxt);
        evidence = List.copyOf(evidence);
    }
}
