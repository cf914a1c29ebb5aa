package dev.maildoctor.core.spf;

import java.util.Locale;

/** The results of check_host() (RFC 7208 section 2.6). */
public enum SpfResult {
    NONE, NEUTRAL, PASS, FAIL, SOFTFAIL, TEMPERROR, PERMERROR;

    /** The result a matching mechanism gives for its qualifier ({@code +}, {@code -}, {@code ~}, {@code ?}). */
    static SpfResult ofQualifier(char qualifier) {
        return switch (qualifier) {
            case '-' -> FAIL;
            case '~' -> SOFTFAIL;
            case '?' -> NEUTRAL;
            default -> PASS;
        };
    }

    boolean isError() {
        return this == TEMPERROR || this == PERMERROR;
    }

    /** Lower case, as RFC 7208 and Received-SPF write it ({@code softfail}, {@code permerror}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
