package dev.maildoctor.core.spf;

import dev.maildoctor.core.model.Msg;
import java.util.List;
import java.util.Optional;

/**
 * One record of the evaluation tree: the checked domain and, for every include: and redirect=
 * it followed, a child node.
 *
 * @param domain   the domain whose record this is
 * @param via      how it was reached: {@code check}, {@code include} or {@code redirect}
 * @param record   the SPF record as published (TXT strings joined; bytes outside printable ASCII
 *                 in DNS presentation form, {@code \DDD}); empty when none could be selected
 * @param result   what check_host() gave for this domain
 * @param steps    the terms evaluated, in order; terms after the one that decided are absent
 * @param children the records followed by include: and redirect=, in evaluation order
 * @param lookups  DNS-querying terms evaluated in this record itself (children not counted)
 * @param problem  why the result is none, temperror or permerror, when it is one of those
 */
public record SpfNode(String domain, String via, Optional<String> record, SpfResult result, List<SpfStep> steps,
                      List<SpfNode> children, int lookups, Optional<Msg> problem) {
    public SpfNode {
        steps = List.copyOf(steps);
        children = List.copyOf(children);
    }

    /** DNS-querying terms of this record and every record below it. */
    public int totalLookups() {
        return lookups + children.stream().mapToInt(SpfNode::totalLookups).sum();
    }
}
