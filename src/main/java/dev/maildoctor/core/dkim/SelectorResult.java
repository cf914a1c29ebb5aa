package dev.maildoctor.core.dkim;

import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.List;
import java.util.Optional;

/**
 * The audit of one selector.
 *
 * @param candidate  the selector, its domain and where it came from
 * @param state      what was found at the name
 * @param status     PASS, WARN or FAIL for a judged key; UNKNOWN when DNS failed; INFO for a guessed
 *                   selector without a key (or withdrawn), which says nothing about DKIM
 * @param cnameChain CNAME targets followed from the name (delegation to a provider), empty if none
 * @param keyType    the k= value ("rsa" when absent), null without a record
 * @param keyBits    RSA modulus bits or 256 for Ed25519, null when unknown
 * @param testing    t=y is set
 * @param strict     t=s is set
 * @param notes      the n= tag, null if absent
 * @param records    the TXT records at the name (more than one is itself a problem)
 * @param problems   message keys {@code dkim.*}, most important first
 * @param evidence   every DNS exchange behind the result
 */
public record SelectorResult(
        SelectorCandidate candidate,
        KeyState state,
        Status status,
        List<String> cnameChain,
        String keyType,
        Integer keyBits,
        boolean testing,
        boolean strict,
        String notes,
        List<String> records,
        List<Msg> problems,
        List<DnsExchange> evidence) {

    public SelectorResult {
        cnameChain = List.copyOf(cnameChain);
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        evidence = List.copyOf(evidence);
    }

    public String queryName() {
        return candidate.queryName();
    }

    /** Where the selector is delegated to (the first CNAME target), e.g. a Microsoft 365 tenant's name. */
    public Optional<String> cnameTarget() {
        return cnameChain.isEmpty() ? Optional.empty() : Optional.of(cnameChain.get(0));
    }
}
