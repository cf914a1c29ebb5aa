package dev.maildoctor.app.common;

import javafx.scene.Node;

/** A page's view, built for one language. */
public interface PageView {
    Node node();

    /** Puts the keyboard focus where the user most likely types next. */
    default void focusInput() {
    }

    /** Detaches from the view-model before the view is replaced (language switch). */
    default void dispose() {
    }
}
