package dev.maildoctor.app.recipients;

import dev.maildoctor.core.recipients.DomainList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The paste area read as a domain list, with the number of duplicates the list dropped (the
 * entries counted the way {@link DomainList#parse} separates them).
 */
public record ParsedInput(DomainList list, int duplicates) {
    static final ParsedInput EMPTY = new ParsedInput(new DomainList(List.of(), List.of()), 0);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    static ParsedInput of(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        DomainList list = DomainList.parse(text);
        int entries = 0;
        for (String line : text.split("\\R")) {
            int hash = line.indexOf('#');
            String content = hash >= 0 ? line.substring(0, hash) : line;
            for (String entry : SEPARATORS.split(content.strip())) {
                if (!entry.isEmpty()) {
                    entries++;
                }
            }
        }
        return new ParsedInput(list, Math.max(0, entries - list.domains().size() - list.rejected().size()));
    }

    int domainCount() {
        return list.domains().size();
    }
}
