package dev.maildoctor.core.dkim;

/** Where a selector to try came from, strongest first: the order decides how a missing key is judged. */
public enum SelectorSource {
    /** The s= tag of a DKIM-Signature in a pasted message: the key must exist. */
    MESSAGE,
    /** Named by the user: a missing key is worth a warning. */
    USER,
    /** A provider-known guess from {@code selectors.yaml}: a missing key means nothing. */
    PROVIDER;

    /** Lower-case name used in JSON. */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
