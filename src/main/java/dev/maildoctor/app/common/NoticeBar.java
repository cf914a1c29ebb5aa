package dev.maildoctor.app.common;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A coloured one-message strip: an error, a warning, or a short confirmation. */
public final class NoticeBar extends HBox {
    public enum Kind { INFO, SUCCESS, WARNING, ERROR }

    private final Label text;

    public NoticeBar(Kind kind, String message) {
        super(12);
        getStyleClass().addAll("notice", "notice-" + kind.name().toLowerCase(Locale.ROOT));
        setAlignment(Pos.CENTER_LEFT);
        Label mark = new Label(kind == Kind.SUCCESS ? "✓" : kind == Kind.INFO ? "i" : "!");
        mark.getStyleClass().add("notice-mark");
        mark.setMinWidth(22);
        mark.setAlignment(Pos.CENTER);
        text = new Label(message);
        text.getStyleClass().add("notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(mark, text);
    }

    public Label textLabel() {
        return text;
    }

    /** Adds a button after the text, e.g. "Open Settings". */
    public NoticeBar withAction(String label, Runnable action) {
        Button button = new Button(label);
        button.getStyleClass().add("notice-action");
        button.setOnAction(e -> action.run());
        button.setMinWidth(Button.USE_PREF_SIZE);
        getChildren().add(button);
        return this;
    }

    /** Adds a close button. */
    public NoticeBar closable(String closeText, Runnable onClose) {
        Button close = new Button("×");
        close.getStyleClass().add("notice-close");
        close.setAccessibleText(closeText);
        close.setOnAction(e -> onClose.run());
        getChildren().add(close);
        return this;
    }
}
