package dev.maildoctor.core.dmarc;

/** Whether an external report destination accepts reports for the domain; UNKNOWN when DNS failed. */
public enum Authorization {
    YES, NO, UNKNOWN;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
