package dev.maildoctor.app.recipients;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.DropZone;
import dev.maildoctor.app.common.RunControls;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import java.io.File;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Subscription;

/**
 * The top of the page: the paste area, the drop zone with Open files and Import from mail log,
 * the counts of what was read, Look up / Clear / Cancel and the progress.
 */
final class InputPanel {
    static final KeyCombination LOOK_UP = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private static final RunControls.Texts TEXTS = new RunControls.Texts("ui.recipients.clear", "ui.recipients.cancel",
            "ui.recipients.shortcut", "ui.recipients.private");
    private static final RunControls.Ids IDS = new RunControls.Ids("clear-input", "cancel-lookup", "lookup-progress");

    private final RecipientsViewModel vm;
    private final Messages m;
    private final TextArea text = new TextArea();
    private final VBox dropZone = new VBox(8);
    private final Label counts = new Label();
    private final Hyperlink showRejected = new Hyperlink();
    private final Label rejected = new Label();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final VBox card;

    InputPanel(RecipientsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Label label = new Label(m.get("ui.recipients.input.label"));
        label.getStyleClass().add("field-label");
        label.setLabelFor(text);
        HBox row = new HBox(12, textArea(), dropZone());
        card = Cards.card(null, label, row, countsLine(), rejectedList(), buttons(), progress());
        card.getStyleClass().addAll("input-card", "recipients-input-card");
        subscriptions.add(vm.parsedProperty().subscribe(this::showCounts));
    }

    VBox node() {
        return card;
    }

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
        text.setId("recipients-input");
        text.getStyleClass().add("recipients-input");
        text.setPromptText(m.get("ui.recipients.input.prompt"));
        text.setPrefRowCount(6);
        text.textProperty().bindBidirectional(vm.textProperty());
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (LOOK_UP.match(e)) {
                e.consume();
                vm.lookUp();
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        return text;
    }

    private VBox dropZone() {
        Button open = new Button(m.get("ui.recipients.open"));
        open.setId("open-lists");
        open.setMaxWidth(Double.MAX_VALUE);
        open.disableProperty().bind(vm.runningProperty());
        open.setOnAction(e -> choose(false));
        Button log = new Button(m.get("ui.recipients.import_log"));
        log.setId("import-log");
        log.setMaxWidth(Double.MAX_VALUE);
        log.disableProperty().bind(vm.runningProperty());
        log.setOnAction(e -> choose(true));
        return DropZone.fill(dropZone, "recipients-drop-zone", m.get("ui.recipients.drop"), 250, open, log);
    }

    private void choose(boolean logs) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(logs ? "ui.recipients.import_log.title" : "ui.recipients.open.title"));
        if (logs) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("ui.recipients.import_log.filter"),
                    "maillog*", "mail.log*", "*.log", "*.gz"));
        } else {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("ui.recipients.open.filter"),
                    "*.txt", "*.csv", "*.list"));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("ui.recipients.open.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(card.getScene() == null ? null : card.getScene().getWindow());
        if (files != null) {
            List<java.nio.file.Path> paths = files.stream().map(File::toPath).toList();
            if (logs) {
                vm.importLogs(paths);
            } else {
                vm.open(paths);
            }
        }
    }

    private HBox countsLine() {
        counts.setId("input-counts");
        counts.getStyleClass().add("hint");
        showRejected.setId("show-rejected");
        showRejected.setOnAction(e -> {
            rejected.setVisible(!rejected.isVisible());
            showCounts(vm.parsedProperty().get());
        });
        HBox line = new HBox(6, counts, showRejected);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Label rejectedList() {
        rejected.setId("rejected-list");
        rejected.getStyleClass().add("rejected-list");
        rejected.setWrapText(true);
        rejected.setMaxWidth(Double.MAX_VALUE);
        rejected.setVisible(false);
        rejected.managedProperty().bind(rejected.visibleProperty());
        return rejected;
    }

    private void showCounts(ParsedInput input) {
        int bad = input.list().rejected().size();
        counts.setText(m.get("ui.recipients.counts", number(input.domainCount()), number(input.duplicates()),
                number(bad)));
        showRejected.setVisible(bad > 0);
        showRejected.setManaged(bad > 0);
        showRejected.setText(m.get(rejected.isVisible() ? "ui.recipients.rejected.hide" : "ui.recipients.rejected.show"));
        if (bad == 0) {
            rejected.setVisible(false);
        }
        rejected.setText(input.list().rejected().stream().limit(200)
                .map(r -> m.get("ui.recipients.rejected.line", r.input(), m.render(r.reason())))
                .collect(Collectors.joining("\n")) + (bad > 200 ? "\n" + m.get("ui.recipients.rejected.more", bad - 200) : ""));
    }

    /** "1,000" in English, "1,000" in Japanese too: counts of domains run into the thousands. */
    private String number(long n) {
        return NumberFormat.getIntegerInstance(m.locale()).format(n);
    }

    /** The message with its whole-number arguments grouped by thousands. */
    private Msg grouped(Msg msg) {
        return new Msg(msg.key(), msg.args().stream()
                .map(a -> a instanceof Integer || a instanceof Long ? (Object) number(((Number) a).longValue()) : a)
                .toList());
    }

    private HBox buttons() {
        Button lookUp = new Button(m.get("ui.recipients.look_up"));
        lookUp.setId("look-up-button");
        lookUp.disableProperty().bind(vm.runningProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.parsedProperty().get().domainCount() == 0, vm.parsedProperty())));
        lookUp.setOnAction(e -> vm.lookUp());
        return RunControls.actions(lookUp, vm.textProperty(), vm.runningProperty(), vm::cancel, text, LOOK_UP, m,
                TEXTS, IDS);
    }

    private HBox progress() {
        return RunControls.progress(vm.progressProperty(), vm.progressTextProperty(), vm.runningProperty(),
                t -> m.render(grouped(t)), IDS, subscriptions);
    }
}
