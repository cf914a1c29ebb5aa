package dev.maildoctor.core.kb;

import dev.maildoctor.core.routing.Provider;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link MatchRule} ready to run. Its score says how specific a match is, so that the most
 * specific entry wins: a text pattern (100) outweighs a provider (50), which outweighs an exact
 * status (20), a 5.7.x status (10), a reply code (5) and a bare class such as 5.x.x (1).
 */
final class CompiledRule {
    static final String ZONE_GROUP = "zone";
    static final int TEXT = 100;
    static final int PROVIDER = 50;
    /** A provider-specific wording matched on a bounce whose provider is not known. */
    static final int PROVIDER_BY_WORDING = 10;
    static final int REPLY = 5;

    private final Set<Provider> providers;
    private final List<StatusPattern> statuses;
    private final List<Integer> replies;
    private final List<Pattern> texts;

    /** Throws IllegalArgumentException (status syntax) or PatternSyntaxException for bad data. */
    CompiledRule(MatchRule rule) {
        this.providers = rule.providers().isEmpty() ? Set.of() : EnumSet.copyOf(rule.providers());
        this.statuses = rule.status().stream().map(StatusPattern::parse).toList();
        this.replies = List.copyOf(rule.reply());
        this.texts = rule.text().stream()
                .map(t -> Pattern.compile(t, Pattern.CASE_INSENSITIVE))
                .toList();
    }

    /** Whether every text pattern captures a zone (entries that name the list need it). */
    boolean capturesZone() {
        return !texts.isEmpty() && texts.stream().allMatch(CompiledRule::hasZoneGroup);
    }

    /**
     * A match with its score and the captured zone, or empty. The cheap tests (provider, status,
     * reply code) run first, so most rules are rejected before any text pattern runs.
     */
    Optional<Hit> match(ReplyFacts facts) {
        int score = 0;
        boolean providerByWording = false;
        if (!providers.isEmpty()) {
            if (providers.contains(facts.provider())) {
                score += PROVIDER;
            } else if (facts.provider() == Provider.UNKNOWN && !texts.isEmpty()) {
                providerByWording = true; // counts only if the wording matches below
            } else {
                return Optional.empty();
            }
        }
        if (!statuses.isEmpty()) {
            int best = statuses.stream().filter(s -> s.matches(facts.statuses(), facts.replyClass()))
                    .mapToInt(StatusPattern::score).max().orElse(0);
            if (best == 0) {
                return Optional.empty();
            }
            score += best;
        }
        if (!replies.isEmpty()) {
            if (facts.replyCode().isEmpty() || !replies.contains(facts.replyCode().get())) {
                return Optional.empty();
            }
            score += REPLY;
        }
        Optional<String> zone = Optional.empty();
        if (!texts.isEmpty()) {
            Optional<Matcher> found = findText(facts);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            score += TEXT + (providerByWording ? PROVIDER_BY_WORDING : 0);
            Matcher m = found.get();
            if (hasZoneGroup(m.pattern()) && m.group(ZONE_GROUP) != null) {
                zone = Optional.of(m.group(ZONE_GROUP));
            }
        }
        return Optional.of(new Hit(score, zone));
    }

    private Optional<Matcher> findText(ReplyFacts facts) {
        List<String> candidates = facts.plainText().equals(facts.text())
                ? List.of(facts.text()) : List.of(facts.text(), facts.plainText());
        for (Pattern p : texts) {
            for (String text : candidates) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasZoneGroup(Pattern p) {
        return p.pattern().contains("(?<" + ZONE_GROUP + ">");
    }

    /** @param zone the blocklist zone a text pattern captured */
    record Hit(int score, Optional<String> zone) {
    }
}
