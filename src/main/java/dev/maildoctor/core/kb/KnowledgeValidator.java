package dev.maildoctor.core.kb;

import dev.maildoctor.core.model.LocalizedText;
import dev.maildoctor.core.routing.Provider;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the knowledge base at load time, so that a typo in the YAML fails the build (the
 * knowledge test loads it) instead of explaining a bounce wrongly at run time.
 */
final class KnowledgeValidator {
    private static final List<String> LANGUAGES = List.of("en", "ja");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DNS_NAME = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");
    /** Escapes (\S, \W ...) and group names: they may hold capitals in a lower-case pattern. */
    private static final Pattern ESCAPES = Pattern.compile("\\\\.|\\(\\?<\\w+>");
    private static final Pattern UPPER_CASE = Pattern.compile("[A-Z]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> PLACEHOLDERS = Set.of("list", "zone");

    private KnowledgeValidator() {
    }

    /**
     * @param knownList whether a catalogue id exists
     * @return each entry's compiled rules, in file order
     */
    static List<List<CompiledRule>> validate(KnowledgeData data, Predicate<String> knownList) {
        if (data == null || data.entries().isEmpty()) {
            throw new IllegalStateException("knowledge base has no entries");
        }
        for (Map.Entry<String, String> alias : data.zoneAliases().entrySet()) {
            String zone = alias.getKey();
            if (zone == null || !DNS_NAME.matcher(zone).matches()) {
                throw new IllegalStateException("zone alias '" + zone + "' is not a lowercase DNS name");
            }
            if (alias.getValue() == null || !knownList.test(alias.getValue())) {
                throw new IllegalStateException(
                        "zone alias '" + zone + "' names unknown list '" + alias.getValue() + "'");
            }
        }
        Set<String> ids = new HashSet<>();
        List<List<CompiledRule>> compiled = new ArrayList<>();
        for (EntryData entry : data.entries()) {
            if (entry == null) {
                throw new IllegalStateException("knowledge base contains an empty entry");
            }
            if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
                throw new IllegalStateException(
                        "entry id '" + entry.id() + "' must be lowercase letters, digits and dashes");
            }
            if (!ids.add(entry.id())) {
                throw new IllegalStateException("entry '" + entry.id() + "': duplicate id");
            }
            compiled.add(new EntryCheck(entry, knownList).run());
        }
        return compiled;
    }

    /** The checks for one entry; every message names the entry. */
    private record EntryCheck(EntryData entry, Predicate<String> knownList) {
        List<CompiledRule> run() {
            require(!entry.match().isEmpty(), "match needs at least one rule");
            List<CompiledRule> rules = new ArrayList<>();
            for (MatchRule rule : entry.match()) {
                rules.add(rule(rule));
            }
            text(entry.title(), "title");
            text(entry.explanation(), "explanation");
            require(!entry.nextSteps().isEmpty(), "next_steps needs at least one step");
            for (int i = 0; i < entry.nextSteps().size(); i++) {
                text(entry.nextSteps().get(i), "next_steps[" + (i + 1) + "]");
            }
            url(entry.helpUrl(), "help_url");
            url(entry.delistUrl(), "delist_url");
            require(entry.checkBlocklists() != null, "check_blocklists is missing");
            require(entry.blocklist() == null || knownList.test(entry.blocklist()),
                    "blocklist '" + entry.blocklist() + "' is not in the list catalogue");
            placeholders(rules);
            return rules;
        }

        private CompiledRule rule(MatchRule rule) {
            require(rule != null, "match contains an empty rule");
            require(!rule.isEmpty(), "a match rule needs status, reply or text (providers alone match too much)");
            require(rule.providers().stream().allMatch(p -> p != null && p != Provider.UNKNOWN),
                    "providers must name known providers");
            require(rule.reply().stream().allMatch(r -> r != null && r >= 200 && r <= 599),
                    "reply codes must be between 200 and 599");
            require(rule.text().stream().allMatch(t -> t != null && !t.isBlank()), "text patterns must not be empty");
            rule.text().stream().filter(t -> UPPER_CASE.matcher(ESCAPES.matcher(t).replaceAll("")).find()).findFirst()
                    .ifPresent(t -> require(false, "text pattern '" + t + "' must be written in lower case "
                            + "(replies are lower-cased before matching)"));
            require(rule.status().stream().allMatch(Objects::nonNull), "status codes must not be empty");
            try {
                return new CompiledRule(rule);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("entry '" + entry.id() + "': text pattern '" + e.getPattern()
                        + "' does not compile: " + e.getDescription(), e);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalStateException("entry '" + entry.id() + "': " + e.getMessage(), e);
            }
        }

        /** {list} and {zone} only where the list is known: captured from the text or fixed by blocklist. */
        private void placeholders(List<CompiledRule> rules) {
            long capturing = rules.stream().filter(CompiledRule::capturesZone).count();
            require(capturing == 0 || capturing == rules.size() || entry.blocklist() != null,
                    "some rules capture a zone and some do not; every rule must name the list");
            boolean namesList = entry.blocklist() != null || capturing == rules.size();
            List<LocalizedText> texts = new ArrayList<>(entry.nextSteps());
            texts.add(entry.title());
            texts.add(entry.explanation());
            for (LocalizedText t : texts) {
                for (String value : t.byLanguage().values()) {
                    Matcher m = PLACEHOLDER.matcher(value);
                    while (m.find()) {
                        require(PLACEHOLDERS.contains(m.group(1)), "unknown placeholder {" + m.group(1) + "}");
                        require(namesList, "placeholder {" + m.group(1)
                                + "} needs a blocklist, or text patterns with a (?<zone>...) group");
                    }
                }
            }
            if (namesList) {
                for (String language : LANGUAGES) {
                    require(entry.explanation().byLanguage().get(language).contains("{list}"),
                            "the " + language + " explanation must name the list with {list}");
                }
            }
        }

        private void text(LocalizedText text, String field) {
            require(text != null, field + " is missing");
            for (String language : text.byLanguage().keySet()) {
                require(LANGUAGES.contains(language), field + " has an unknown language '" + language + "'");
            }
            for (String language : LANGUAGES) {
                String value = text.byLanguage().get(language);
                require(value != null && !value.isBlank(), field + " has no '" + language + "' text");
            }
        }

        private void url(String url, String field) {
            if (url == null) {
                return;
            }
            require(url.startsWith("https://"), field + " must be an https URL");
            try {
                URI uri = URI.create(url);
                require(uri.getHost() != null, field + " has no host");
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("entry '" + entry.id() + "': " + field + " is not a valid URL", e);
            }
        }

        private void require(boolean condition, String problem) {
            if (!condition) {
                throw new IllegalStateException("entry '" + entry.id() + "': " + problem);
            }
        }
    }
}
