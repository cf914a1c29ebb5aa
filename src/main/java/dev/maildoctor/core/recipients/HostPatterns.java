package dev.maildoctor.core.recipients;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Host patterns of the rules file, each owned by a provider id: exact hosts and {@code *.suffix}
 * wildcards (any depth below the suffix). The most specific pattern wins: an exact host, then the
 * longest suffix. Immutable once built; lookups are a few hash probes.
 */
final class HostPatterns {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");

    /** A pattern and the provider id that owns it. */
    record Owner(String providerId, String pattern) {
    }

    private final Map<String, Owner> exact = new HashMap<>();
    private final Map<String, Owner> suffixes = new HashMap<>();

    /** Adds a pattern; throws IllegalStateException when it is malformed or already owned. */
    void add(String pattern, String providerId) {
        String problem = problem(pattern);
        if (problem != null) {
            throw new IllegalStateException("pattern \"" + pattern + "\" " + problem);
        }
        boolean wildcard = pattern.startsWith("*.");
        Map<String, Owner> target = wildcard ? suffixes : exact;
        Owner previous = target.putIfAbsent(wildcard ? pattern.substring(2) : pattern, new Owner(providerId, pattern));
        if (previous != null) {
            throw new IllegalStateException("pattern \"" + pattern + "\" appears twice (" + previous.providerId()
                    + ", " + providerId + ")");
        }
    }

    /** The most specific pattern matching {@code host} (any case, trailing dot allowed). */
    Optional<Owner> find(String host) {
        String h = normalise(host);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Owner owner = exact.get(h);
        // Proper suffixes from the longest down: the first hit is the most specific wildcard.
        for (int dot = h.indexOf('.'); owner == null && dot >= 0; dot = h.indexOf('.', dot + 1)) {
            owner = suffixes.get(h.substring(dot + 1));
        }
        return Optional.ofNullable(owner);
    }

    /** Whether one pattern matches {@code host}, by the same rules as {@link #find}. */
    static boolean matches(String pattern, String host) {
        String h = normalise(host);
        return pattern.startsWith("*.") ? h.endsWith(pattern.substring(1)) : h.equals(pattern);
    }

    static String normalise(String host) {
        String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** Why a pattern is malformed, or null when it is well-formed. */
    static String problem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return "is empty";
        }
        String name = pattern.startsWith("*.") ? pattern.substring(2) : pattern;
        if (name.length() > 253) {
            return "is longer than 253 characters";
        }
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2) {
            return "needs at least two labels";
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return "has a malformed label \"" + label + "\" (lower-case letters, digits, - and _ only, "
                        + "no trailing dot, * only as \"*.\" in front)";
            }
        }
        return null;
    }
}
