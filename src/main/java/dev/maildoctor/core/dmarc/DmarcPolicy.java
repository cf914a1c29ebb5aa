package dev.maildoctor.core.dmarc;

import java.util.Locale;
import java.util.Optional;

/** What a receiver is asked to do with mail that fails DMARC, in the order a domain should adopt them. */
public enum DmarcPolicy {
    NONE, QUARANTINE, REJECT;

    /** The tag value, case-insensitive (RFC 7489 ABNF literals); abbreviations such as "n" are not values. */
    static Optional<DmarcPolicy> parse(String value) {
        for (DmarcPolicy p : values()) {
            if (p.json().equalsIgnoreCase(value)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
