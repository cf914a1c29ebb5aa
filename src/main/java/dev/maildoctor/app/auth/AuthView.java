package dev.maildoctor.app.auth;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.app.common.PageView;
import dev.maildoctor.core.auth.AuthReport;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The Sender authentication page: a domain (and optionally the sending address, HELO name and DKIM
 * selectors) in; SPF with its include tree, DKIM keys, DMARC and its report destinations, reverse
 * DNS and the bulk-sender checklist out. The view is rebuilt on a language switch; the input and the
 * last report live in the view-model.
 */
public final class AuthView implements PageView {
    public static final String PAGE_ID = "auth";
    /** An envelope with a tick. */
    public static final String GLYPH = "M3 5h18v9h-2V7.4l-7 4.6-7-4.6V17h9v2H3Z"
            + "M14.5 18.5 16 17l1.5 1.5 3.5-3.5 1.5 1.5-5 5Z";
    private static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final AuthViewModel vm;
    private final Messages m;
    private final AuthCards cards;
    private final VBox root = new VBox();
    private final TextField domain;
    private final VBox notices = new VBox(8);
    private final VBox results = new VBox(16);
    private final List<Subscription> subscriptions = new ArrayList<>();

    public AuthView(AuthViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        this.cards = new AuthCards(m);
        root.getStyleClass().addAll("page", "auth-page");
        VBox top = new VBox(Cards.pageHeader(m.get("ui.auth.title"), m.get("ui.auth.subtitle")));
        top.getStyleClass().add("page-top");
        top.setMinHeight(Region.USE_PREF_SIZE);

        domain = field("auth-domain", vm.domainProperty(), "ui.auth.domain.prompt");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, label("ui.auth.domain"), domain);
        grid.addRow(1, label("ui.auth.ip"), field("auth-ip", vm.ipProperty(), "ui.auth.ip.prompt"));
        grid.addRow(2, label("ui.auth.helo"), field("auth-helo", vm.heloProperty(), "ui.auth.helo.prompt"));
        grid.addRow(3, label("ui.auth.selectors"),
                field("auth-selectors", vm.selectorsProperty(), "ui.auth.selectors.prompt"));
        GridPane.setHgrow(domain, Priority.ALWAYS);

        Button check = new Button(m.get("ui.auth.check"));
        check.setId("auth-check-button");
        check.getStyleClass().add("primary");
        check.setMinWidth(Button.USE_PREF_SIZE);
        check.disableProperty().bind(vm.runningProperty().or(vm.domainProperty().isEmpty()));
        check.setOnAction(e -> vm.check());
        Button cancel = new Button(m.get("ui.auth.cancel"));
        cancel.setId("auth-cancel");
        cancel.setCancelButton(true);
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("auth-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label hint = new Label(m.get("ui.auth.shortcut", RUN.getDisplayText()));
        hint.getStyleClass().add("hint");
        hint.setMinWidth(Label.USE_PREF_SIZE);
        HBox actions = new HBox(10, check, cancel, progress, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox input = Cards.card(null, grid, actions);
        input.setId("auth-input-card");

        notices.setId("auth-notices");
        results.setId("auth-results");
        VBox body = new VBox(16, input, notices, results);
        body.getStyleClass().add("page-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(top, scroll);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (RUN.match(e)) {
                vm.check();
                e.consume();
            }
        });
        subscriptions.add(vm.noticeProperty().subscribe(n -> showNotices()));
        subscriptions.add(vm.problemProperty().subscribe(n -> showNotices()));
        subscriptions.add(vm.reportProperty().subscribe(this::showReport));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusInput() {
        Platform.runLater(domain::requestFocus);
    }

    @Override
    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
    }

    private TextField field(String id, StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(m.get(prompt));
        field.textProperty().bindBidirectional(property);
        field.setOnAction(e -> vm.check());
        field.disableProperty().bind(vm.runningProperty());
        return field;
    }

    private Label label(String key) {
        Label label = new Label(m.get(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private void showReport(AuthReport report) {
        results.getChildren().clear();
        if (report != null) {
            results.getChildren().addAll(cards.cards(report));
        }
    }

    private void showNotices() {
        notices.getChildren().clear();
        Msg problem = vm.problemProperty().get();
        if (problem != null) {
            NoticeBar bar = new NoticeBar(NoticeBar.Kind.ERROR, m.render(problem));
            bar.setId("auth-problem");
            notices.getChildren().add(bar);
        }
        Msg notice = vm.noticeProperty().get();
        if (notice != null) {
            NoticeBar bar = new NoticeBar(NoticeBar.Kind.INFO, m.render(notice));
            bar.setId("auth-notice");
            notices.getChildren().add(bar);
        }
        notices.setVisible(!notices.getChildren().isEmpty());
        notices.setManaged(notices.isVisible());
    }
}
