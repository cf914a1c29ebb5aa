package dev.maildoctor.core.auth;

import dev.maildoctor.core.dmarc.DmarcPolicy;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.network.Fcrdns;
import dev.maildoctor.core.spf.SpfResult;
import java.util.Optional;

/**
 * What the checklist needs to know from the individual checks, reduced to plain facts so that the
 * rules can be judged (and tested) without DNS.
 *
 * @param spfResult     check_host() for the sending address; empty when no address was given
 * @param spfRecord     the domain's record: PASS valid, FAIL missing or invalid, UNKNOWN not readable
 * @param dkimBits      size of the strongest key found (an Ed25519 key counts as strong); empty when none
 * @param dkimLookup    the DKIM audit's status when no key was found (UNKNOWN: only guessed selectors
 *                      were absent, or lookups failed; FAIL: a named selector has no key)
 * @param dmarcPolicy   the policy in force; empty when there is no usable record
 * @param dmarcStatus   the DMARC check's status (UNKNOWN when the record could not be read)
 * @param ptr           forward-confirmed reverse DNS of the sending address; empty when none was given
 * @param tls           the STARTTLS probe's overall status; empty when it was not run
 */
public record SenderFacts(Optional<SpfResult> spfResult, Status spfRecord, Optional<Integer> dkimBits,
                          Status dkimLookup, Optional<DmarcPolicy> dmarcPolicy, Status dmarcStatus,
                          Optional<Fcrdns> ptr, Optional<Status> tls) {
}
