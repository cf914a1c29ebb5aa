package dev.maildoctor.app.recipients;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.relay.TransportComparison;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Subscription;

/** "Compare with my transport file": paste or open the file in use; see what is missing, redundant or different. */
final class CompareTab {
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private final RelayViewModel vm;
    private final Messages m;
    private final TextArea existing = new TextArea();
    private final VBox result = new VBox(8);
    private final VBox box;
    private final Tab tab;
    private final Subscription subscription;

    CompareTab(RelayViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        existing.setId("existing-transport");
        existing.getStyleClass().add("output-text");
        existing.setPromptText(m.get("ui.recipients.compare.prompt"));
        existing.setPrefRowCount(6);
        existing.textProperty().bindBidirectional(vm.existingTransportProperty());
        Button open = new Button(m.get("ui.recipients.compare.open"));
        open.setId("open-transport");
        open.getStyleClass().add("small-button");
        open.setOnAction(e -> openFile());
        Button compare = new Button(m.get("ui.recipients.compare.run"));
        compare.setId("compare-button");
        compare.getStyleClass().addAll("small-button", "primary");
        compare.disableProperty().bind(vm.existingTransportProperty().isEmpty());
        compare.setOnAction(e -> vm.compare());
        HBox buttons = new HBox(8, compare, open);
        buttons.setAlignment(Pos.CENTER_LEFT);
        result.setId("compare-result");
        box = new VBox(10, Cards.hint(m.get("ui.recipients.compare.intro")), existing, buttons, result);
        box.getStyleClass().add("output-tab");
        tab = new Tab(m.get("ui.recipients.output.compare"), box);
        tab.setId("tab-compare");
        tab.setClosable(false);
        subscription = vm.comparisonProperty().subscribe(this::show);
    }

    Tab tab() {
        return tab;
    }

    void dispose() {
        subscription.unsubscribe();
        existing.textProperty().unbindBidirectional(vm.existingTransportProperty());
    }

    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("ui.recipients.compare.open.title"));
        File file = chooser.showOpenDialog(box.getScene() == null ? null : box.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            if (Files.size(file.toPath()) > MAX_BYTES) {
                result.getChildren().setAll(new NoticeBar(NoticeBar.Kind.ERROR,
                        m.get("ui.recipients.error.too_large", file.getName(), MAX_BYTES / 1024 / 1024)));
                return;
            }
            vm.existingTransportProperty().set(Files.readString(file.toPath(), StandardCharsets.UTF_8));
            vm.compare();
        } catch (IOException | java.io.UncheckedIOException e) {
            result.getChildren().setAll(new NoticeBar(NoticeBar.Kind.ERROR,
                    m.get("ui.recipients.error.unreadable", file.getName(), String.valueOf(e.getMessage()))));
        }
    }

    private void show(TransportComparison c) {
        result.getChildren().clear();
        if (c == null) {
            return;
        }
        if (c.missing().isEmpty() && c.redundant().isEmpty() && c.different().isEmpty() && c.unreadable().isEmpty()) {
            NoticeBar same = new NoticeBar(NoticeBar.Kind.SUCCESS, m.get("ui.recipients.compare.same"));
            same.setId("compare-same");
            result.getChildren().add(same);
            return;
        }
        section("missing", "ui.recipients.compare.missing", c.missing());
        section("different", "ui.recipients.compare.different", c.different());
        section("redundant", "ui.recipients.compare.redundant", c.redundant());
        section("unreadable", "ui.recipients.compare.unreadable", c.unreadable());
    }

    private void section(String id, String key, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Label title = new Label(m.get(key, lines.size()));
        title.setId("compare-" + id + "-title");
        title.getStyleClass().addAll("section-title", "compare-" + id);
        TextArea area = new TextArea(String.join("\n", lines));
        area.setId("compare-" + id);
        area.getStyleClass().add("output-text");
        area.setEditable(false);
        area.setPrefRowCount(Math.min(8, lines.size() + 1));
        result.getChildren().addAll(title, area);
    }
}
