package dev.maildoctor.core.dmarc;

import dev.maildoctor.core.model.Status;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed DMARC record and what receivers make of it.
 *
 * @param text                the record as published
 * @param tags                every recognised and unknown tag, first occurrence, names in lower case
 * @param policy              p= as written, empty when missing or invalid
 * @param subdomainPolicy     sp= as written
 * @param nonExistentPolicy   np= (DMARCbis) as written
 * @param effectivePolicy     what RFC 7489 receivers apply to the domain itself: p=, or none when p= or sp=
 *                            is broken but rua= holds a valid URI (§6.6.3 step 6); empty when no DMARC
 *                            processing happens at all
 * @param effectiveSubdomainPolicy what receivers apply to subdomains: sp=, else the effective policy
 * @param pct                 percentage of failing mail the policy applies to (default 100)
 * @param ri                  aggregate report interval in seconds (default 86400)
 * @param issues              problems found, worst first
 */
public record DmarcRecord(
        String text,
        Map<String, String> tags,
        Optional<DmarcPolicy> policy,
        Optional<DmarcPolicy> subdomainPolicy,
        Optional<DmarcPolicy> nonExistentPolicy,
        Optional<DmarcPolicy> effectivePolicy,
        Optional<DmarcPolicy> effectiveSubdomainPolicy,
        int pct,
        List<ReportUri> rua,
        List<ReportUri> ruf,
        Alignment adkim,
        Alignment aspf,
        List<String> fo,
        List<String> rf,
        long ri,
        List<DmarcIssue> issues) {

    public DmarcRecord {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        rua = List.copyOf(rua);
        ruf = List.copyOf(ruf);
        fo = List.copyOf(fo);
        rf = List.copyOf(rf);
        issues = Severity.worstFirst(issues);
    }

    /** Worst severity among the issues; PASS when there are none. */
    public Status status() {
        return Severity.worst(issues);
    }

    /** True when receivers apply some policy (possibly none) from this record. */
    public boolean applies() {
        return effectivePolicy.isPresent();
    }

    /** rua= URIs that reports can actually be mailed to. */
    public List<ReportUri> usableRua() {
        return rua.stream().filter(u -> u.kind() == ReportUri.Kind.MAILTO).toList();
    }
}
