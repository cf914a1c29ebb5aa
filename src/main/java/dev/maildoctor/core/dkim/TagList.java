package dev.maildoctor.core.dkim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An RFC 6376 3.2 tag-list ({@code name=value; name=value}), as used by DKIM-Signature fields and key
 * records. Reading never fails: what does not fit the grammar is kept for the caller to report.
 *
 * @param tags       the first value of each tag, in order; values stripped of surrounding white space
 * @param duplicates names that occurred more than once (a key record with these is invalid)
 * @param malformed  segments that are no {@code name=value} pair
 */
record TagList(Map<String, String> tags, List<String> duplicates, List<String> malformed) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    TagList {
        tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        duplicates = List.copyOf(duplicates);
        malformed = List.copyOf(malformed);
    }

    static TagList parse(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        for (String segment : text.split(";", -1)) {
            // A trailing ";" is allowed, and empty segments carry nothing worth failing a record for.
            if (segment.isBlank()) {
                continue;
            }
            int eq = segment.indexOf('=');
            String name = eq < 0 ? "" : segment.substring(0, eq).strip();
            if (!NAME.matcher(name).matches()) {
                malformed.add(segment.strip());
                continue;
            }
            // Tag names are case-sensitive (RFC 6376 3.2): "P=" is not "p=".
            if (tags.putIfAbsent(name, segment.substring(eq + 1).strip()) != null && !duplicates.contains(name)) {
                duplicates.add(name);
            }
        }
        return new TagList(tags, duplicates, malformed);
    }

    String get(String name) {
        return tags.get(name);
    }

    boolean has(String name) {
        return tags.containsKey(name);
    }

    /** The name of the first tag, or "" for an empty list. */
    String firstName() {
        return tags.isEmpty() ? "" : tags.keySet().iterator().next();
    }

    /** A colon-separated value ({@code h=sha1:sha256}) as trimmed, non-empty items. */
    static List<String> items(String value) {
        List<String> out = new ArrayList<>();
        for (String item : value.split(":")) {
            String s = item.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
