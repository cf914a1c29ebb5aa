package dev.maildoctor.core.dnsbl.neighbourhood;

/** One scanned address in the neighbourhood grid. */
public enum CellState {
    LISTED, CLEAN, UNKNOWN
}
