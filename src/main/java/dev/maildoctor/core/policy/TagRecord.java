package dev.maildoctor.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A "k=v; k=v" TXT record as MTA-STS, TLS-RPT and BIMI publish them. Tag names compare
 * case-sensitively as the RFCs' ABNF spells them; duplicate or malformed tags are remembered.
 */
record TagRecord(Map<String, String> tags, List<String> malformed, List<String> duplicates) {
    static TagRecord parse(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        List<String> malformed = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (String part : text.split(";", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0) {
                malformed.add(p);
                continue;
            }
            String name = p.substring(0, eq).strip();
            if (!name.matches("[A-Za-z0-9_]+")) {
                malformed.add(p);
                continue;
            }
            if (tags.putIfAbsent(name, p.substring(eq + 1).strip()) != null) {
                duplicates.add(name);
            }
        }
        return new TagRecord(Map.copyOf(tags), List.copyOf(malformed), List.copyOf(duplicates));
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(tags.get(name));
    }

    /** True when the record starts with exactly {@code v=<version>} (after optional spaces). */
    static boolean startsWithVersion(String text, String version) {
        String t = text.stripLeading();
        if (!t.startsWith("v=")) {
            return false;
        }
        String rest = t.substring(2).stripLeading();
        return rest.startsWith(version) && (rest.length() == version.length()
                || rest.substring(version.length()).stripLeading().startsWith(";"));
    }

    /** True when the text looks like an attempt at the given version, so it belongs to this check. */
    static boolean mentionsVersion(String text, String version) {
        return text.stripLeading().toLowerCase(Locale.ROOT).startsWith("v=" + version.toLowerCase(Locale.ROOT))
                || text.stripLeading().toLowerCase(Locale.ROOT).startsWith("v = " + version.toLowerCase(Locale.ROOT));
    }
}
