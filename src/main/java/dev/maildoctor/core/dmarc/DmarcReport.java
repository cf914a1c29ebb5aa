package dev.maildoctor.core.dmarc;

import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.List;
import java.util.Optional;

/**
 * The DMARC verdict for one domain.
 *
 * @param recordDomain            where the record was found: the domain, or its organisational domain
 *                                when inherited; empty when no single record was found
 * @param effectivePolicy         what receivers apply to mail from the domain (sp= when inherited)
 * @param effectiveSubdomainPolicy what receivers apply to the domain's subdomains
 * @param destinations            external rua/ruf destinations and whether they authorised the domain
 * @param issues                  problems, worst first; {@code status} is the worst of them
 * @param advice                  the next step on the way none, quarantine, reject
 * @param evidence                every DNS exchange behind the verdict
 */
public record DmarcReport(
        String domain,
        String organizationalDomain,
        Optional<String> recordDomain,
        Optional<DmarcRecord> record,
        Optional<DmarcPolicy> effectivePolicy,
        Optional<DmarcPolicy> effectiveSubdomainPolicy,
        List<ReportDestination> destinations,
        Status status,
        List<DmarcIssue> issues,
        List<Msg> advice,
        List<DnsExchange> evidence) {

    public DmarcReport {
        destinations = List.copyOf(destinations);
        issues = Severity.worstFirst(issues);
        advice = List.copyOf(advice);
        evidence = List.copyOf(evidence);
    }

    /** True when the record in force is the organisational domain's (the domain has none of its own). */
    public boolean inherited() {
        return recordDomain.isPresent() && !recordDomain.get().equals(domain);
    }

    /** The problems as messages, worst first. */
    public List<Msg> problems() {
        return issues.stream().map(DmarcIssue::message).toList();
    }
}
