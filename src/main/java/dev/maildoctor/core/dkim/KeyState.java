package dev.maildoctor.core.dkim;

/** What was found at one selector name. */
public enum KeyState {
    /** A key record is published. */
    FOUND,
    /** A record with an empty p=: the key was withdrawn. */
    REVOKED,
    /** The name has no TXT record (NXDOMAIN or NODATA), also not behind a CNAME. */
    NOT_FOUND,
    /** DNS did not answer definitely (timeout, SERVFAIL, ...): a key may exist. */
    LOOKUP_FAILED;

    /** Lower-case name used in JSON. */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
