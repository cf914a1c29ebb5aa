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
    /** Per text pattern, the plain text every match contains ({@link RequiredLiteral}). */
    private final List<String> required;

    /** Throws IllegalArgumentException (status syntax) or PatternSyntaxException for bad data. */
    CompiledRule(MatchRule rule) {
        this.providers = rule.providers().isEmpty() ? Set.of() : EnumSet.copyOf(rule.providers());
        this.statuses = rule.status().stream().map(StatusPattern::parse).toList();
        this.replies = List.copyOf(rule.reply());
        // Written in lower case and run on the lower-cased reply: unlike a CASE_INSENSITIVE pattern,
        // one that starts with a literal is then searched with Boyer-Moore.
        this.texts = rule.text().stream().map(Pattern::compile).toList();
        this.required = rule.text().stream().map(RequiredLiteral::of).toList();
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
            int best = 0;
            for (StatusPattern s : statuses) {
                if (s.score() > best && s.matches(facts.statuses(), facts.replyClass())) {
                    best = s.score();
                }
            }
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
        boolean twoForms = !facts.plainText().equals(facts.text());
        for (int i = 0; i < texts.size(); i++) {
            Optional<Matcher> m = find(i, facts.text());
            if (m.isEmpty() && twoForms) {
                m = find(i, facts.plainText());
            }
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private Optional<Matcher> find(int pattern, String text) {
        if (!text.contains(required.get(pattern))) {
            return Optional.empty();
        }
        Matcher m = texts.get(pattern).matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    private static boolean hasZoneGroup(Pattern p) {
        return p.pattern().contains("(?<" + ZONE_GROUP + ">");
    }

    /** @param zone the blocklist zone a text pattern captured */
    record Hit(int score, Optional<String> zone) {
    }
}
