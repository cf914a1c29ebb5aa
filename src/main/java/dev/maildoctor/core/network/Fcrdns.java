package dev.maildoctor.core.network;

/** Forward-confirmed reverse DNS: does the PTR name resolve back to the address? */
public enum Fcrdns {
    CONFIRMED, MISMATCH, NO_PTR, UNKNOWN;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
