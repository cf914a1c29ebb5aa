package dev.maildoctor.core.kb;

import dev.maildoctor.core.routing.Provider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One way a reply can match an entry, as written in the YAML. Every criterion given must hold;
 * within a criterion any one value is enough.
 *
 * @param providers the recipient's provider (a reply whose provider is unknown still matches when a text pattern does)
 * @param status    enhanced status codes: exact (5.7.1), a range of the last part (5.7.606-649), or
 *                  wildcards (5.7.x, 5.x.x)
 * @param reply     basic reply codes such as 550
 * @param text      case-insensitive regular expressions searched in the reply text; a group named
 *                  {@code zone} captures a blocklist zone
 */
public record MatchRule(List<Provider> providers, List<String> status, List<Integer> reply, List<String> text) {
    public MatchRule {
        providers = copy(providers);
        status = copy(status);
        reply = copy(reply);
        text = copy(text);
    }

    /** Keeps nulls, so that the validator can name the broken item. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    boolean isEmpty() {
        return status.isEmpty() && reply.isEmpty() && text.isEmpty();
    }
}
