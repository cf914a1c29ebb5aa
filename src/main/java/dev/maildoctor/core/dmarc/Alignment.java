package dev.maildoctor.core.dmarc;

import java.util.Optional;

/** Identifier alignment mode of the adkim and aspf tags. */
public enum Alignment {
    RELAXED, STRICT;

    static Optional<Alignment> parse(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "r" -> Optional.of(RELAXED);
            case "s" -> Optional.of(STRICT);
            default -> Optional.empty();
        };
    }
}
