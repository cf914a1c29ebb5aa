package dev.maildoctor.core.auth;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.network.Fcrdns;
import java.util.List;
import java.util.Optional;

/**
 * Reverse DNS of the sending address, as receivers judge it.
 *
 * @param address     the address, as the user gave it
 * @param names       its PTR names (no trailing dot)
 * @param fcrdns      whether a PTR name resolves back to the address
 * @param generic     true when a name looks like an ISP's generic pool name (dynamic, dsl-..., 1-2-3-4.isp)
 * @param heloMatches whether the HELO name is one of the PTR names; empty when no HELO name was given
 * @param status      PASS, WARN (generic or HELO mismatch), FAIL (none or not confirmed), UNKNOWN
 * @param problems    what to fix
 */
public record PtrFindings(String address, List<String> names, Fcrdns fcrdns, boolean generic,
                          Optional<Boolean> heloMatches, Status status, List<Msg> problems) {
    public PtrFindings {
        names = List.copyOf(names);
        problems = List.copyOf(problems);
    }
}
