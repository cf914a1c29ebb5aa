package dev.maildoctor.core.spf;

import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects one {@link SpfNode} while its record is evaluated (one thread at a time: the steps are sequential). */
final class SpfNodeBuilder {
    private final String domain;
    private final String via;
    private Optional<String> record = Optional.empty();
    private final List<SpfStep> steps = new ArrayList<>();
    private final List<SpfNode> children = new ArrayList<>();
    private int lookups;

    SpfNodeBuilder(String domain, String via) {
        this.domain = domain;
        this.via = via;
    }

    void record(String text) {
        record = Optional.of(text);
    }

    void step(SpfStep step) {
        steps.add(step);
    }

    void child(SpfNode node) {
        children.add(node);
    }

    void lookup() {
        lookups++;
    }

    SpfNode build(SpfResult result, Msg problem) {
        return new SpfNode(domain, via, record, result, steps, children, lookups, Optional.ofNullable(problem));
    }
}
