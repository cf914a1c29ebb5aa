package dev.maildoctor.app.common;

/** Lets a page send the user to another page (for example from an error to Settings). */
@FunctionalInterface
public interface Navigator {
    void show(String pageId);
}
