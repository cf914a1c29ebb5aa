package dev.maildoctor.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values attached to names by pattern: {@code "host.example.test"} matches that name only,
 * {@code "*.example.test"} matches example.test and every name below it, {@code "*"} matches all.
 * The most specific rule wins: an exact name first, then the longest suffix.
 */
final class NameRules<V> {
    private final Map<String, V> exact = new ConcurrentHashMap<>();
    private final Map<String, V> suffixes = new ConcurrentHashMap<>();

    void put(String pattern, V value) {
        String p = pattern.trim();
        if (p.equals("*")) {
            suffixes.put("", value);
        } else if (p.startsWith("*.")) {
            suffixes.put(FakeZone.normalize(p.substring(2)), value);
        } else {
            exact.put(FakeZone.normalize(p), value);
        }
    }

    /** The value for a normalized name, or null when no rule matches. */
    V find(String name) {
        V value = exact.get(name);
        if (value != null) {
            return value;
        }
        String suffix = FakeZone.longestSuffix(suffixes.keySet(), name);
        return suffix == null ? null : suffixes.get(suffix);
    }

    void clear() {
        exact.clear();
        suffixes.clear();
    }
}
