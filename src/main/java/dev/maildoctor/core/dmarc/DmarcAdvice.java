package dev.maildoctor.core.dmarc;

import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The next step along none, quarantine, reject. Reports come first: without rua= nobody can tell
 * whether tightening the policy would throw away the domain's own legitimate mail.
 */
final class DmarcAdvice {
    private DmarcAdvice() {
    }

    static List<Msg> forMissing(String domain, String organizationalDomain) {
        return List.of(Msg.of("dmarc.advice.publish", "_dmarc." + organizationalDomain,
                "v=DMARC1; p=none; rua=mailto:dmarc-reports@" + organizationalDomain, domain));
    }

    static List<Msg> forMultiple(String recordName) {
        return List.of(Msg.of("dmarc.advice.merge", recordName));
    }

    static List<Msg> forRecord(DmarcRecord record, String recordDomain, Optional<DmarcPolicy> effective,
            List<ReportDestination> destinations) {
        List<Msg> advice = new ArrayList<>();
        boolean reports = !record.usableRua().isEmpty();
        if (!reports) {
            advice.add(Msg.of("dmarc.advice.add_rua", "rua=mailto:dmarc-reports@" + recordDomain));
        }
        if (record.policy().isEmpty()) {
            advice.add(Msg.of("dmarc.advice.fix_policy", "p=none"));
        }
        switch (effective.orElse(DmarcPolicy.NONE)) {
            case NONE -> {
                if (reports && record.policy().isPresent()) {
                    advice.add(Msg.of("dmarc.advice.none_to_quarantine"));
                }
            }
            case QUARANTINE -> advice.add(record.pct() < 100
                    ? Msg.of("dmarc.advice.raise_pct", record.pct()) : Msg.of("dmarc.advice.quarantine_to_reject"));
            case REJECT -> {
                if (record.pct() < 100) {
                    advice.add(Msg.of("dmarc.advice.raise_pct", record.pct()));
                }
            }
        }
        if (record.policy().isPresent() && record.subdomainPolicy().isPresent()
                && record.subdomainPolicy().get().compareTo(record.policy().get()) < 0) {
            advice.add(Msg.of("dmarc.advice.subdomains_weaker", record.subdomainPolicy().get().json(),
                    record.policy().get().json()));
        }
        destinations.stream().filter(d -> d.authorized() == Authorization.NO).map(ReportDestination::queried)
                .distinct().forEach(name -> advice.add(Msg.of("dmarc.advice.authorize", name, "v=DMARC1")));
        return advice;
    }
}
