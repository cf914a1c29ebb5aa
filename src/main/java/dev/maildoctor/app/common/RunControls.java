package dev.maildoctor.app.common;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;

/**
 * The controls under a paste area, alike on every page that reads pasted input: the run button,
 * Clear, Cancel while running, the keyboard shortcut, the privacy note, and the progress line.
 */
public final class RunControls {
    /** The page's message keys for Clear, Cancel, the shortcut hint ({0}: the keys) and the privacy note. */
    public record Texts(String clear, String cancel, String shortcut, String privacy) {
    }

    /** Node ids the page's tests look the controls up by. */
    public record Ids(String clear, String cancel, String progressBar) {
    }

    private RunControls() {
    }

    /** @param focus where the focus goes after Clear */
    public static HBox actions(Button run, StringProperty text, ReadOnlyBooleanProperty running, Runnable cancel,
                               TextInputControl focus, KeyCombination shortcut, Messages m, Texts texts, Ids ids) {
        run.getStyleClass().add("primary");
        run.setMinWidth(Button.USE_PREF_SIZE);
        Button clear = new Button(m.get(texts.clear()));
        clear.setId(ids.clear());
        clear.setMinWidth(Button.USE_PREF_SIZE);
        clear.disableProperty().bind(running.or(text.isEmpty()));
        clear.setOnAction(e -> {
            text.set("");
            focus.requestFocus();
        });
        Button stop = new Button(m.get(texts.cancel()));
        stop.setId(ids.cancel());
        stop.setCancelButton(true);
        stop.setMinWidth(Button.USE_PREF_SIZE);
        stop.visibleProperty().bind(running);
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> cancel.run());
        Label hint = new Label(m.get(texts.shortcut(), shortcut.getDisplayText()));
        hint.getStyleClass().add("hint");
        hint.setMinWidth(Label.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label privacy = new Label(m.get(texts.privacy()));
        privacy.getStyleClass().add("hint");
        privacy.setWrapText(true);
        HBox row = new HBox(10, run, clear, stop, hint, spacer, privacy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * @param render        how the progress message reads (a page may format its numbers)
     * @param subscriptions where the page keeps subscriptions to end when it is rebuilt
     */
    public static HBox progress(ReadOnlyDoubleProperty progress, ReadOnlyObjectProperty<Msg> progressText,
                                ReadOnlyBooleanProperty running, Function<Msg, String> render, Ids ids,
                                List<Subscription> subscriptions) {
        ProgressBar bar = new ProgressBar();
        bar.setId(ids.progressBar());
        bar.progressProperty().bind(progress);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label label = new Label();
        label.setId(ids.progressBar() + "-text");
        label.getStyleClass().add("hint");
        label.setMinWidth(Label.USE_PREF_SIZE);
        subscriptions.add(progressText.subscribe(t -> label.setText(t == null ? "" : render.apply(t))));
        HBox box = new HBox(12, bar, label);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(running);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
