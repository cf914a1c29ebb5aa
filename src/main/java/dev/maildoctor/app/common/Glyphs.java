package dev.maildoctor.app.common;

/** Icon shapes as SVG path data in a 24×24 box, drawn for this app (no icon font needed). */
public final class Glyphs {
    /** An envelope with a cross: the app's mark. */
    public static final String LOGO = "M2 6a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2Z"
            + "M4 6.5v.3l8 5.2 8-5.2v-.3Z"
            + "M16 13h2v2h2v2h-2v2h-2v-2h-2v-2h2Z";
    /** A shield: the blocklist check. */
    public static final String SHIELD = "M12 2 20 5.2v6.1c0 5-3.4 9.4-8 10.7-4.6-1.3-8-5.7-8-10.7V5.2Z"
            + "M12 4.2 6 6.6v4.7c0 3.9 2.5 7.3 6 8.5Z";
    /** An envelope and an arrow coming back: bounces and logs. */
    public static final String BOUNCE = "M2 4h17v10H2Z M3.5 5.5v7h14v-7Z"
            + "M3.5 5.5 10.5 10 17.5 5.5v1.8L10.5 11.8 3.5 7.3Z"
            + "M23 17h-7v-3l-4.5 4.5L16 23v-3h7Z";
    /** A tray with an arrow into it: where files are dropped. */
    public static final String TRAY = "M11 2h2v8h3l-4 4.5L8 10h3Z"
            + "M3 13h5l1.5 3h5L16 13h5v7a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1Z";
    /** Three sliders: settings. */
    public static final String SLIDERS = "M3 5h18v2H3Z M14 2.5h3v7h-3Z"
            + "M3 11h18v2H3Z M6 8.5h3v7H6Z"
            + "M3 17h18v2H3Z M15 14.5h3v7h-3Z";

    private Glyphs() {
    }
}
