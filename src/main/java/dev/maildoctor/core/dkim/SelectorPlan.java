package dev.maildoctor.core.dkim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges selectors from the three sources into one list without repeats: the same selector at the
 * same domain is looked up once and keeps every source (and provider) that named it. DNS names are
 * case-insensitive, so "Google" and "google" are the same selector.
 */
final class SelectorPlan {
    private record Entry(String selector, String domain, List<SelectorSource> sources, List<String> providers) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    SelectorPlan add(String selector, String domain, SelectorSource source, String provider) {
        String key = selector.toLowerCase(Locale.ROOT) + "._domainkey." + domain;
        Entry e = entries.computeIfAbsent(key, k -> new Entry(selector, domain, new ArrayList<>(), new ArrayList<>()));
        if (!e.sources().contains(source)) {
            e.sources().add(source);
        }
        if (provider != null && !e.providers().contains(provider)) {
            e.providers().add(provider);
        }
        return this;
    }

    /** Candidates in the order first added; message signatures are added first, so they lead. */
    List<SelectorCandidate> candidates() {
        List<SelectorCandidate> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            List<SelectorSource> sources = new ArrayList<>(e.sources());
            sources.sort(null);
            out.add(new SelectorCandidate(e.selector(), e.domain(), sources, e.providers()));
        }
        return out;
    }
}
