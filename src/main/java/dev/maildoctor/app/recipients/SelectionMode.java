package dev.maildoctor.app.recipients;

/** Which looked-up domains the relay configuration is written for. */
public enum SelectionMode {
    /** Google Workspace and Gmail: what a "relay for Google recipients" offer covers. */
    GOOGLE,
    GOOGLE_MICROSOFT,
    /** The rows ticked in the table. */
    PICKED
}
