package dev.maildoctor.core.model;

/** Outcome of one finding. {@link #UNKNOWN} means "could not tell" and is never counted as clean. */
public enum Status {
    PASS, INFO, WARN, FAIL, UNKNOWN;

    /** Lower-case name used in JSON and exit-code logic. */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
