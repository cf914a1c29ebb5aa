package dev.maildoctor.app.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The white, rounded panels that group a page's content. */
public final class Cards {
    private Cards() {
    }

    public static VBox card(String title, Node... content) {
        VBox card = new VBox(12);
        card.getStyleClass().add("card");
        if (title != null) {
            Label heading = new Label(title);
            heading.getStyleClass().add("card-title");
            heading.setWrapText(true);
            card.getChildren().add(heading);
        }
        card.getChildren().addAll(content);
        return card;
    }

    /** A page's title and one explanatory line under it. */
    public static VBox pageHeader(String title, String subtitle) {
        Label h = new Label(title);
        h.getStyleClass().add("page-title");
        Label sub = new Label(subtitle);
        sub.getStyleClass().add("page-subtitle");
        sub.setWrapText(true);
        VBox header = new VBox(4, h, sub);
        header.getStyleClass().add("page-header");
        return header;
    }

    /** Secondary, wrapping text (explanations under a field). */
    public static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        return hint;
    }
}
