package dev.maildoctor.core.dkim;

import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.dns.DnsOutcome;
import java.util.List;

/**
 * What DNS said about one {@code <selector>._domainkey.<domain>} name.
 *
 * @param outcome    ANSWER when TXT records were found (possibly behind CNAMEs), NO_DATA or NXDOMAIN
 *                   when none exist, otherwise the failure that kept us from telling
 * @param records    the TXT records found, strings of each joined
 * @param cnameChain the CNAME targets followed from the name, in order (empty: no delegation)
 * @param evidence   every exchange, in the order asked
 */
record SelectorAnswer(DnsOutcome outcome, List<String> records, List<String> cnameChain, List<DnsExchange> evidence) {
    SelectorAnswer {
        records = List.copyOf(records);
        cnameChain = List.copyOf(cnameChain);
        evidence = List.copyOf(evidence);
    }
}
