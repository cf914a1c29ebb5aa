package dev.maildoctor.app.settings;

import dev.maildoctor.core.dns.ResolverAddress;
import dev.maildoctor.core.model.Msg;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The custom resolver list as typed: one HOST[:PORT] per line (commas and spaces also separate). */
public final class ResolverEntries {
    private ResolverEntries() {
    }

    public static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String join(List<String> entries) {
        return String.join("\n", entries);
    }

    /**
     * The first problem with the entries, checked with the same parser the DNS client uses. May
     * resolve a host name, so call it off the FX thread.
     */
    public static Optional<Msg> firstProblem(List<String> entries) {
        if (entries.isEmpty()) {
            return Optional.of(Msg.of("ui.settings.resolvers.empty"));
        }
        for (String entry : entries) {
            try {
                ResolverAddress.parse(entry);
            } catch (IllegalArgumentException e) {
                return Optional.of(Msg.of("ui.settings.resolvers.invalid", entry));
            }
        }
        return Optional.empty();
    }
}
