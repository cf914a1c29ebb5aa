package dev.maildoctor.core.model;

/** Who has to act on a fix step. */
public enum Actor {
    YOU, PROVIDER, LIST_OPERATOR;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
