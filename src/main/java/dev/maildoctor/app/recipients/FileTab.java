package dev.maildoctor.app.recipients;

import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.core.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One generated file: its text in a monospace area, Copy and Save..., and an optional warning above it. */
final class FileTab {
    private final Tab tab;
    private final TextArea area = new TextArea();

    /**
     * @param id       names the tab ({@code tab-ID}), the text ({@code output-ID}) and the buttons
     * @param warning  shown above the text, or null
     * @param secret   the text holds a real password: no Copy, and Save writes it owner-only
     */
    FileTab(Messages m, String id, String title, String fileName, String content, NoticeBar warning, boolean secret) {
        area.setId("output-" + id);
        area.getStyleClass().add("output-text");
        area.setEditable(false);
        area.setText(content);
        area.setPrefRowCount(Math.max(6, Math.min(18, (int) content.lines().count() + 1)));
        VBox.setVgrow(area, Priority.ALWAYS);
        HBox feedback = new HBox();
        feedback.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(feedback, Priority.ALWAYS);
        TextActions actions = new TextActions(m, bar -> {
            bar.getStyleClass().add("output-feedback");
            feedback.getChildren().setAll(bar);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        javafx.scene.control.Button copy = actions.copy("copy-" + id, area::getText);
        // A clipboard history would keep the password: only Save, to a file the user picks, writes it.
        copy.setDisable(secret);
        HBox buttons = new HBox(8, feedback, copy, actions.save("save-" + id, fileName, area::getText, secret));
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8);
        box.getStyleClass().add("output-tab");
        if (warning != null) {
            box.getChildren().add(warning);
        }
        box.getChildren().addAll(area, buttons);
        tab = new Tab(title, box);
        tab.setId("tab-" + id);
        tab.setClosable(false);
    }

    Tab tab() {
        return tab;
    }
}
