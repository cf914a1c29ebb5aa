package dev.maildoctor.app.bounces;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.DropZone;
import dev.maildoctor.app.common.RunControls;
import dev.maildoctor.core.i18n.Messages;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Subscription;

/**
 * The top of the page: the paste area, the drop zone with Open..., Analyze / Clear / Cancel and
 * the progress of a load. Files can be dropped anywhere on the page ({@link #acceptDrops}).
 */
final class InputPanel {
    private static final KeyCombination ANALYZE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private static final RunControls.Texts TEXTS = new RunControls.Texts("ui.bounces.clear", "ui.bounces.cancel",
            "ui.bounces.shortcut", "ui.bounces.private");
    private static final RunControls.Ids IDS = new RunControls.Ids("clear-button", "cancel-load", "load-progress");

    private final BouncesViewModel vm;
    private final Messages m;
    private final TextArea text = new TextArea();
    private final VBox dropZone = new VBox(8);
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final VBox card;

    InputPanel(BouncesViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Label label = new Label(m.get("ui.bounces.input.label"));
        label.getStyleClass().add("field-label");
        label.setLabelFor(text);
        HBox row = new HBox(12, textArea(), dropZone());
        card = Cards.card(null, label, row, buttons(), progress());
        card.getStyleClass().addAll("input-card", "bounce-input-card");
    }

    VBox node() {
        return card;
    }

    /** Focuses the paste area, leaving the caret where it was (the start of a pasted bounce is what matters). */
    void focus() {
        text.requestFocus();
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        text.textProperty().unbindBidirectional(vm.textProperty());
    }

    /** Lets files be dropped anywhere on {@code target}, the drop zone lighting up while they hover. */
    void acceptDrops(Node target) {
        DropZone.acceptFiles(target, dropZone, vm.runningProperty(), vm::open);
    }

    private TextArea textArea() {
        text.setId("bounce-input");
        text.getStyleClass().add("bounce-input");
        text.setPromptText(m.get("ui.bounces.input.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.textProperty().bindBidirectional(vm.textProperty());
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (ANALYZE.match(e)) {
                e.consume();
                if (canAnalyze()) {
                    vm.analyzeText();
                }
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        return text;
    }

    private VBox dropZone() {
        Button open = new Button(m.get("ui.bounces.open"));
        open.setId("open-button");
        open.setMinWidth(Button.USE_PREF_SIZE);
        open.disableProperty().bind(vm.runningProperty());
        open.setOnAction(e -> chooseFiles());
        return DropZone.fill(dropZone, "drop-zone", m.get("ui.bounces.drop"), 240, open);
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("ui.bounces.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("ui.bounces.open.filter"),
                        "*.eml", "*.mbox", "*.msg", "*.txt", "*.log", "*.gz", "maillog*", "mail.log*"),
                new FileChooser.ExtensionFilter(m.get("ui.bounces.open.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(card.getScene() == null ? null : card.getScene().getWindow());
        if (files != null) {
            vm.open(files.stream().map(File::toPath).toList());
        }
    }

    private HBox buttons() {
        Button analyze = new Button(m.get("ui.bounces.analyze"));
        analyze.setId("analyze-button");
        analyze.disableProperty().bind(vm.runningProperty().or(vm.textProperty().isEmpty()));
        analyze.setOnAction(e -> vm.analyzeText());
        return RunControls.actions(analyze, vm.textProperty(), vm.runningProperty(), vm::cancel, text, ANALYZE, m,
                TEXTS, IDS);
    }

    private boolean canAnalyze() {
        return !vm.runningProperty().get() && vm.textProperty().get() != null && !vm.textProperty().get().isEmpty();
    }

    private HBox progress() {
        return RunControls.progress(vm.progressProperty(), vm.progressTextProperty(), vm.runningProperty(), m::render,
                IDS, subscriptions);
    }
}
