package dev.maildoctor.app.recipients;

import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.spf.SpfChange;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The SPF change of the sender domain: current and proposed record, lookups against the limit, strings, BIND line. */
final class SpfTab {
    /** RFC 7208: more than 10 DNS-querying terms is a permerror. */
    static final int LOOKUP_LIMIT = 10;

    private final Messages m;
    private final VBox box = new VBox(10);
    private final Tab tab;
    private final Subscription subscription;

    SpfTab(RelayViewModel vm, Messages m) {
        this.m = m;
        box.getStyleClass().add("output-tab");
        box.setId("spf-pane");
        tab = new Tab(m.get("ui.recipients.output.spf"), box);
        tab.setId("tab-spf");
        tab.setClosable(false);
        subscription = vm.spfProperty().subscribe(this::show);
    }

    Tab tab() {
        return tab;
    }

    void dispose() {
        subscription.unsubscribe();
    }

    private void show(SpfState state) {
        box.getChildren().clear();
        switch (state.kind()) {
            case NO_SENDER_DOMAIN -> box.getChildren().add(new NoticeBar(NoticeBar.Kind.INFO,
                    m.get("ui.recipients.spf.no_sender")));
            case RUNNING -> {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setPrefSize(18, 18);
                HBox line = new HBox(10, spinner, new Label(m.get("ui.recipients.spf.running")));
                line.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().add(line);
            }
            case FAILED -> {
                NoticeBar bar = new NoticeBar(NoticeBar.Kind.ERROR, m.render(state.problem()));
                bar.setId("spf-failure");
                box.getChildren().add(bar);
            }
            case DONE -> change(state.change());
            default -> { }
        }
    }

    private void change(SpfChange c) {
        Label title = new Label(m.get("ui.recipients.spf.title", c.domain()));
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(8);
        Label current = mono(c.current().orElse(m.get("ui.recipients.spf.none")));
        current.setId("spf-current");
        if (c.current().isEmpty()) {
            current.getStyleClass().setAll("label", "hint");
        }
        Label proposed = mono(c.proposed());
        proposed.setId("spf-proposed");
        proposed.getStyleClass().add("spf-proposed");
        Label added = mono(String.join(" ", c.added()));
        Label lookups = new Label(m.get("ui.recipients.spf.lookups", c.lookups(), LOOKUP_LIMIT));
        lookups.setId("spf-lookups");
        lookups.getStyleClass().addAll("chip", c.lookups() > LOOKUP_LIMIT ? "lookups-over"
                : c.lookups() >= LOOKUP_LIMIT - 1 ? "lookups-near" : "lookups-ok");
        lookups.setMinWidth(Label.USE_PREF_SIZE);
        grid.addRow(0, key("ui.recipients.spf.current"), current);
        grid.addRow(1, key("ui.recipients.spf.proposed"), proposed);
        grid.addRow(2, key("ui.recipients.spf.added"), added);
        grid.addRow(3, key("ui.recipients.spf.lookup_count"), new HBox(lookups));
        box.getChildren().addAll(title, grid);
        if (c.lookups() > LOOKUP_LIMIT) {
            box.getChildren().add(new NoticeBar(NoticeBar.Kind.ERROR, m.get("ui.recipients.spf.over_limit",
                    c.lookups(), LOOKUP_LIMIT)));
        }
        String strings = c.strings().stream().map(s -> "\"" + s + "\"").collect(Collectors.joining("\n"));
        box.getChildren().add(section("ui.recipients.spf.strings", "spf-strings", strings, "spf-strings.txt"));
        box.getChildren().add(section("ui.recipients.spf.bind", "spf-bind", c.bindLine(), "spf-" + c.domain() + ".zone"));
        if (!c.notes().isEmpty()) {
            Label notesTitle = new Label(m.get("ui.recipients.spf.notes"));
            notesTitle.getStyleClass().add("section-title");
            box.getChildren().add(notesTitle);
            for (Msg note : c.notes()) {
                Label n = new Label("• " + m.render(note));
                n.getStyleClass().add("spf-note");
                n.setWrapText(true);
                box.getChildren().add(n);
            }
        }
    }

    private VBox section(String titleKey, String id, String text, String fileName) {
        Label title = new Label(m.get(titleKey));
        title.getStyleClass().add("section-title");
        TextArea area = new TextArea(text);
        area.setId("output-" + id);
        area.getStyleClass().add("output-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.max(2, Math.min(6, (int) text.lines().count() + 1)));
        HBox feedback = new HBox();
        HBox.setHgrow(feedback, Priority.ALWAYS);
        TextActions actions = new TextActions(m, bar -> feedback.getChildren().setAll(bar));
        HBox buttons = new HBox(8, feedback, actions.copy("copy-" + id, area::getText),
                actions.save("save-" + id, fileName, area::getText, false));
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, area, buttons);
    }

    private Label key(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("fact-key");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label mono(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("mono");
        l.setWrapText(true);
        return l;
    }
}
