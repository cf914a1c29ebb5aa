package dev.maildoctor.core.dkim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The provider-known selectors of {@code selectors.yaml}, validated, in file order. */
public final class KnownSelectors {
    /** One selector and whose it is. */
    public record Known(String selector, String provider) {
    }

    private final List<Known> all;

    private KnownSelectors(List<Known> all) {
        this.all = List.copyOf(all);
    }

    /** Validates the file; a broken entry fails with an IllegalStateException naming it. */
    public static KnownSelectors of(SelectorsFile file) {
        if (file == null || file.groups().isEmpty()) {
            throw new IllegalStateException("selectors.yaml has no groups");
        }
        List<Known> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SelectorGroup g : file.groups()) {
            require(g != null, "groups contains an empty entry");
            String where = "group '" + g.provider() + "': ";
            require(g.provider() != null && !g.provider().isBlank(), where + "provider is missing");
            require(!g.selectors().isEmpty(), where + "needs at least one selector");
            for (String s : g.selectors()) {
                require(s != null && Selectors.isValid(s) && s.equals(s.toLowerCase(java.util.Locale.ROOT)),
                        where + "malformed selector \"" + s + "\"");
                require(seen.add(s), where + "selector \"" + s + "\" appears twice in the file");
                all.add(new Known(s, g.provider()));
            }
        }
        return new KnownSelectors(all);
    }

    public List<Known> all() {
        return all;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
