package dev.maildoctor.app.common;

/** Opens a web page in the user's browser (the app passes HostServices::showDocument). */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
