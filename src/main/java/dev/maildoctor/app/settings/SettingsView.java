package dev.maildoctor.app.settings;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.LinkOpener;
import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.app.common.NumberSpinners;
import dev.maildoctor.app.common.PageView;
import dev.maildoctor.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;

/** The Settings page: resolvers, Spamhaus DQS key, language, timeout; Save and Revert. */
public final class SettingsView implements PageView {
    public static final String PAGE_ID = "settings";
    public static final String DQS_SIGNUP_URL =
            "https://www.spamhaus.com/free-trial/sign-up-for-a-free-data-query-service-account/";
    /** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "ja", "日本語");

    private final SettingsViewModel vm;
    private final Messages m;
    private final LinkOpener links;
    private final VBox root = new VBox();
    private final RadioButton system = new RadioButton();
    private final RadioButton custom = new RadioButton();
    private final TextArea resolvers = new TextArea();
    private final PasswordField dqsHidden = new PasswordField();
    private final TextField dqsShown = new TextField();
    private final ComboBox<String> language = new ComboBox<>();
    private final Spinner<Integer> timeout = new Spinner<>();
    private final List<Subscription> subscriptions = new ArrayList<>();

    public SettingsView(SettingsViewModel vm, Messages m, LinkOpener links) {
        this.vm = vm;
        this.m = m;
        this.links = links;
        root.getStyleClass().addAll("page", "settings-page");
        VBox form = new VBox(16, noticeArea(), languageCard(), resolverCard(), dqsCard(), timeoutCard());
        form.getStyleClass().add("settings-form");
        form.setMaxWidth(860);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox top = new VBox(Cards.pageHeader(m.get("ui.settings.title"), m.get("ui.settings.subtitle")));
        top.getStyleClass().add("page-top");
        top.setMinHeight(Region.USE_PREF_SIZE);
        root.getChildren().addAll(top, scroll, footer());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusInput() {
        Platform.runLater(language::requestFocus);
    }

    @Override
    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        resolvers.textProperty().unbindBidirectional(vm.resolversTextProperty());
        dqsHidden.textProperty().unbindBidirectional(vm.dqsKeyProperty());
        dqsShown.textProperty().unbindBidirectional(vm.dqsKeyProperty());
        language.valueProperty().unbindBidirectional(vm.languageProperty());
        timeout.getValueFactory().valueProperty().unbindBidirectional(vm.timeoutSecondsProperty());
    }

    private Node noticeArea() {
        VBox area = new VBox();
        subscriptions.add(vm.current().loadNoticeProperty().subscribe(notice -> {
            area.getChildren().clear();
            if (notice != null) {
                NoticeBar bar = new NoticeBar(NoticeBar.Kind.WARNING, m.render(notice))
                        .closable(m.get("ui.close"), () -> vm.current().dismissLoadNotice());
                bar.setId("settings-load-notice");
                area.getChildren().add(bar);
            }
        }));
        return area;
    }

    private VBox languageCard() {
        language.setId("language-choice");
        language.getItems().setAll(AppSettings.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : LANGUAGE_NAMES.getOrDefault(code, code);
            }

            @Override
            public String fromString(String name) {
                return LANGUAGE_NAMES.entrySet().stream().filter(e -> e.getValue().equals(name))
                        .map(Map.Entry::getKey).findFirst().orElse("en");
            }
        });
        language.valueProperty().bindBidirectional(vm.languageProperty());
        language.setPrefWidth(220);
        return Cards.card(m.get("ui.settings.language.title"), language,
                Cards.hint(m.get("ui.settings.language.hint")));
    }

    private VBox resolverCard() {
        ToggleGroup mode = new ToggleGroup();
        system.setText(m.get("ui.settings.resolvers.system"));
        system.setId("resolvers-system");
        system.setToggleGroup(mode);
        custom.setText(m.get("ui.settings.resolvers.custom"));
        custom.setId("resolvers-custom");
        custom.setToggleGroup(mode);
        subscriptions.add(vm.resolverModeProperty().subscribe(value ->
                mode.selectToggle(value == ResolverMode.CUSTOM ? custom : system)));
        mode.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.resolverModeProperty().set(b == custom ? ResolverMode.CUSTOM : ResolverMode.SYSTEM);
            }
        });
        resolvers.setId("resolvers-text");
        resolvers.setPromptText(m.get("ui.settings.resolvers.prompt"));
        resolvers.setPrefRowCount(3);
        resolvers.setPrefColumnCount(30);
        resolvers.textProperty().bindBidirectional(vm.resolversTextProperty());
        resolvers.disableProperty().bind(custom.selectedProperty().not());
        Label problem = new Label();
        problem.setId("resolvers-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        subscriptions.add(vm.resolverProblemProperty().subscribe(p -> problem.setText(p == null ? "" : m.render(p))));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty().and(custom.selectedProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
        VBox customBox = new VBox(6, custom, indent(resolvers), indent(problem),
                indent(Cards.hint(m.get("ui.settings.resolvers.custom.hint"))));
        return Cards.card(m.get("ui.settings.resolvers.title"),
                Cards.hint(m.get("ui.settings.resolvers.intro")),
                new VBox(6, system, indent(Cards.hint(m.get("ui.settings.resolvers.system.hint")))),
                customBox);
    }

    private VBox dqsCard() {
        dqsHidden.setId("dqs-key");
        dqsHidden.textProperty().bindBidirectional(vm.dqsKeyProperty());
        dqsShown.setId("dqs-key-shown");
        dqsShown.textProperty().bindBidirectional(vm.dqsKeyProperty());
        ToggleButton show = new ToggleButton(m.get("ui.settings.dqs.show"));
        show.setMinWidth(ToggleButton.USE_PREF_SIZE);
        dqsShown.visibleProperty().bind(show.selectedProperty());
        dqsHidden.visibleProperty().bind(show.selectedProperty().not());
        for (TextField field : List.of(dqsHidden, dqsShown)) {
            field.setPromptText(m.get("ui.settings.dqs.prompt"));
        }
        StackPane fields = new StackPane(dqsHidden, dqsShown);
        HBox.setHgrow(fields, Priority.ALWAYS);
        HBox row = new HBox(8, fields, show);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMaxWidth(560);
        Hyperlink signup = new Hyperlink(m.get("ui.settings.dqs.signup"));
        signup.setId("dqs-signup");
        signup.setOnAction(e -> links.open(DQS_SIGNUP_URL));
        return Cards.card(m.get("ui.settings.dqs.title"), Cards.hint(m.get("ui.settings.dqs.explain")), row, signup);
    }

    private VBox timeoutCard() {
        timeout.setId("timeout");
        NumberSpinners.wholeNumbers(timeout, 1, AppSettings.MAX_TIMEOUT_SECONDS, AppSettings.DEFAULT_TIMEOUT_SECONDS, 1);
        timeout.setPrefWidth(90);
        timeout.getValueFactory().valueProperty().bindBidirectional(vm.timeoutSecondsProperty());
        Label unit = new Label(m.get("ui.settings.timeout.unit"));
        HBox row = new HBox(8, timeout, unit);
        row.setAlignment(Pos.CENTER_LEFT);
        return Cards.card(m.get("ui.settings.timeout.title"), row, Cards.hint(m.get("ui.settings.timeout.hint")));
    }

    private Node footer() {
        Button save = new Button(m.get("ui.settings.save"));
        save.setId("save-settings");
        save.getStyleClass().add("primary");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.save());
        Button revert = new Button(m.get("ui.settings.revert"));
        revert.setId("revert-settings");
        revert.disableProperty().bind(vm.dirtyProperty().not());
        revert.setOnAction(e -> vm.revert());
        Label feedback = new Label();
        feedback.setId("settings-feedback");
        feedback.setWrapText(true);
        feedback.setMinWidth(0);
        HBox.setHgrow(feedback, Priority.ALWAYS);
        Runnable refresh = () -> {
            SettingsViewModel.Feedback f = vm.feedbackProperty().get();
            feedback.getStyleClass().removeAll("text-good", "text-bad", "hint");
            if (f != null) {
                feedback.setText(m.render(f.text()));
                feedback.getStyleClass().add(f.error() ? "text-bad" : "text-good");
            } else if (vm.dirtyProperty().get()) {
                feedback.setText(m.get("ui.settings.unsaved"));
                feedback.getStyleClass().add("hint");
            } else {
                feedback.setText(m.get("ui.settings.file", vm.settingsFile()));
                feedback.getStyleClass().add("hint");
            }
        };
        subscriptions.add(vm.feedbackProperty().subscribe(refresh));
        subscriptions.add(vm.dirtyProperty().subscribe(refresh));
        refresh.run();
        HBox bar = new HBox(10, save, revert, feedback);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("page-footer");
        bar.setMinHeight(Region.USE_PREF_SIZE);
        return bar;
    }

    private static Node indent(Node node) {
        Region pad = new Region();
        pad.setMinWidth(28);
        HBox box = new HBox(pad, node);
        HBox.setHgrow(node, Priority.ALWAYS);
        return box;
    }
}
