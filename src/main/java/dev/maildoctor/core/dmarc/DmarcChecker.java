package dev.maildoctor.core.dmarc;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsExchange;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Looks up, reads and judges a domain's DMARC policy, including whether its external report
 * destinations accept the reports. Fetching ({@link PolicyDiscovery}) is separate from reading
 * ({@link DmarcRecordParser}), so a record pasted by the user can be judged the same way offline.
 */
public final class DmarcChecker {
    private final PolicyDiscovery discovery;
    private final DestinationCheck destinations;

    public DmarcChecker(Dns dns) {
        this.discovery = new PolicyDiscovery(dns);
        this.destinations = new DestinationCheck(dns);
    }

    public CompletionStage<DmarcReport> check(String domain) {
        String name = OrganizationalDomain.normalize(domain);
        if (!OrganizationalDomain.isDomainName(name)) {
            return done(name, name, new Discovery(Discovery.Outcome.UNKNOWN, Optional.empty(), List.of(), List.of(),
                    Optional.empty(), List.of()), DmarcIssue.unknown("dmarc.domain.invalid", domain), List.of());
        }
        String org = OrganizationalDomain.of(name);
        return discovery.discover(name, org).thenCompose(found -> switch (found.outcome()) {
            case FOUND -> withRecord(name, org, found);
            case NONE -> done(name, org, found, DmarcIssue.fail("dmarc.record.missing", "_dmarc." + name),
                    DmarcAdvice.forMissing(name, org));
            case MULTIPLE -> done(name, org, found, DmarcIssue.fail("dmarc.record.multiple", found.records().size(),
                    "_dmarc." + found.recordDomain().orElseThrow()),
                    DmarcAdvice.forMultiple("_dmarc." + found.recordDomain().orElseThrow()));
            case UNKNOWN -> done(name, org, found, new DmarcIssue(Status.UNKNOWN, found.failure().orElseThrow()), List.of());
        });
    }

    private CompletionStage<DmarcReport> withRecord(String domain, String org, Discovery found) {
        String recordDomain = found.recordDomain().orElseThrow();
        DmarcRecord record = DmarcRecordParser.parse(found.records().get(0));
        boolean inherited = !recordDomain.equals(domain);
        // A subdomain without a record of its own gets the organisational domain's subdomain policy.
        Optional<DmarcPolicy> effective = inherited ? record.effectiveSubdomainPolicy() : record.effectivePolicy();
        return destinations.check(recordDomain, record).thenApply(dests -> {
            List<DmarcIssue> issues = new ArrayList<>(record.issues());
            issues.addAll(otherTxtIssues(found));
            List<DnsExchange> evidence = new ArrayList<>(found.evidence());
            for (ReportDestination d : dests) {
                evidence.addAll(d.evidence());
                switch (d.authorized()) {
                    case NO -> issues.add(DmarcIssue.warn("dmarc.report.unauthorized", d.tag(), d.uri(), d.queried()));
                    case UNKNOWN -> issues.add(DmarcIssue.unknown("dmarc.report.unknown", d.tag(), d.uri(), d.queried()));
                    case YES -> { }
                }
            }
            return new DmarcReport(domain, org, Optional.of(recordDomain), Optional.of(record), effective,
                    record.effectiveSubdomainPolicy(), dests, Severity.worst(issues), issues,
                    DmarcAdvice.forRecord(record, recordDomain, effective, dests), evidence);
        });
    }

    private static CompletionStage<DmarcReport> done(String domain, String org, Discovery found, DmarcIssue issue,
            List<Msg> advice) {
        List<DmarcIssue> issues = new ArrayList<>(List.of(issue));
        issues.addAll(otherTxtIssues(found));
        return CompletableFuture.completedFuture(new DmarcReport(domain, org, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Severity.worst(issues), issues, advice, found.evidence()));
    }

    /** TXT records at a _dmarc name that receivers discard, such as an SPF record or a mistyped version. */
    private static List<DmarcIssue> otherTxtIssues(Discovery found) {
        return found.otherTxt().stream().map(t -> DmarcIssue.warn("dmarc.record.not_dmarc", t)).toList();
    }
}
