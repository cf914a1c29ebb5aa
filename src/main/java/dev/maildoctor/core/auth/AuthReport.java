package dev.maildoctor.core.auth;

import dev.maildoctor.core.dkim.DkimReport;
import dev.maildoctor.core.dmarc.DmarcReport;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.spf.SpfCheck;
import dev.maildoctor.core.tls.TlsReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@link AuthAudit} found for one sender domain.
 *
 * @param spfWithIp  true when SPF was checked for a real address; otherwise only the record and its tree count
 * @param spfStatus  see {@link SpfStatus}
 * @param tlsHost    the MX host probed, when the probe was asked for and a host was found
 * @param tlsProblem why the probe could not run (no MX, MX lookup failed)
 */
public record AuthReport(String domain, SpfCheck spf, boolean spfWithIp, Status spfStatus, DkimReport dkim,
                         DmarcReport dmarc, Optional<PtrFindings> ptr, Optional<String> tlsHost,
                         Optional<TlsReport> tls, Optional<Msg> tlsProblem, List<ChecklistItem> checklist) {
    public AuthReport {
        checklist = List.copyOf(checklist);
    }

    /** The statuses of the checks that ran; a check the user did not ask for adds nothing. */
    public List<Status> statuses() {
        List<Status> all = new ArrayList<>(List.of(spfStatus, dkim.status(), dmarc.status()));
        ptr.ifPresent(p -> all.add(p.status()));
        tls.ifPresent(t -> all.add(t.overall()));
        if (tlsProblem.isPresent()) {
            all.add(Status.UNKNOWN);
        }
        return all;
    }
}
