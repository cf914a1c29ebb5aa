package dev.maildoctor.core.model;

import java.util.Optional;

/** One step of a fix: what to do, who does it, and an optional link (delisting form, help page). */
public record FixStep(Actor actor, Msg text, Optional<String> url) {
    public static FixStep of(Actor actor, Msg text) {
        return new FixStep(actor, text, Optional.empty());
    }

    public static FixStep withLink(Actor actor, Msg text, String url) {
        return new FixStep(actor, text, Optional.ofNullable(url));
    }
}
