package dev.maildoctor.core.spf;

import dev.maildoctor.core.model.Msg;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of check_host() for one sender and client address.
 *
 * @param result      none, neutral, pass, fail, softfail, temperror or permerror
 * @param explanation for {@code fail}: the domain's {@code exp=} text after macro expansion, when it
 *                    published a usable one (data from DNS, not a message of ours)
 * @param lookups     DNS-querying terms evaluated (include, a, mx, ptr, exists, redirect; limit 10)
 * @param voidLookups lookups that found nothing (NXDOMAIN or no records; limit 2)
 * @param tree        the records evaluated, starting with the checked domain
 * @param problems    what users should fix or know, in the order found
 */
public record SpfCheck(SpfResult result, Optional<String> explanation, int lookups, int voidLookups, SpfNode tree,
                       List<Msg> problems) {
    public SpfCheck {
        problems = List.copyOf(problems);
    }

    /** The checked domain's own record, if one was selected. */
    public Optional<String> record() {
        return tree.record();
    }
}
