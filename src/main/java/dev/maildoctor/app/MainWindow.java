package dev.maildoctor.app;

import dev.maildoctor.app.auth.AuthView;
import dev.maildoctor.app.auth.AuthViewModel;
import dev.maildoctor.app.blocklists.BlocklistsView;
import dev.maildoctor.app.blocklists.BlocklistsViewModel;
import dev.maildoctor.app.bounces.BouncesView;
import dev.maildoctor.app.bounces.BouncesViewModel;
import dev.maildoctor.app.bounces.PageCheck;
import dev.maildoctor.app.common.Glyphs;
import dev.maildoctor.app.common.NavigationBar;
import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.app.common.Page;
import dev.maildoctor.app.common.PageView;
import dev.maildoctor.app.common.UiFonts;
import dev.maildoctor.app.recipients.RecipientsView;
import dev.maildoctor.app.recipients.RecipientsViewModel;
import dev.maildoctor.app.settings.SettingsView;
import dev.maildoctor.app.settings.SettingsViewModel;
import dev.maildoctor.core.Version;
import dev.maildoctor.core.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window: navigation on the left, the selected page on the right. The page views are rebuilt
 * when the language changes; their view-models (and so the input and the last report) are kept.
 */
public final class MainWindow {
    public static final String TITLE = "MailDoctor";
    public static final double MIN_WIDTH = 1040;
    public static final double MIN_HEIGHT = 660;
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final AppServices services;
    private final BlocklistsViewModel blocklists;
    private final BouncesViewModel bounces;
    private final RecipientsViewModel recipients;
    private final AuthViewModel auth;
    private final SettingsViewModel settings;
    private final List<Page> pages;
    private final BorderPane root = new BorderPane();
    private final VBox content = new VBox();
    private final Scene scene;
    /** Views by page id, built on first display (so start-up builds only the first page). */
    private final Map<String, PageView> views = new HashMap<>();
    private NavigationBar navigation;
    private String selected;

    public MainWindow(AppServices services) {
        this.services = services;
        this.blocklists = new BlocklistsViewModel(services.checker(), services.settings()::get, services.fxThread(),
                services.background());
        this.bounces = new BouncesViewModel(services.bounceDecoder(),
                (files, progress, cancelled) -> services.logAnalysis().analyze(files, progress, cancelled),
                r -> services.knowledge().explain(r), new PageCheck(blocklists), services.fxThread(),
                services.background());
        this.recipients = new RecipientsViewModel(services.settings()::get, services::providerRules,
                (files, progress, cancelled) -> services.logAnalysis().analyze(files, progress, cancelled),
                services.fxThread(), services.background());
        this.auth = new AuthViewModel(services.settings()::get, services.fxThread(), services.background());
        this.settings = new SettingsViewModel(services.settings(), services.fxThread(), services.background());
        this.pages = List.of(
                new Page(BlocklistsView.PAGE_ID, "ui.nav.blocklists", Glyphs.SHIELD,
                        m -> new BlocklistsView(blocklists, m, services.links(), this::select,
                                services.catalogue().active().size())),
                new Page(BouncesView.PAGE_ID, "ui.nav.bounces", Glyphs.BOUNCE,
                        m -> new BouncesView(bounces, m, services.links(), this::select)),
                new Page(RecipientsView.PAGE_ID, "ui.recipients.nav", RecipientsView.GLYPH,
                        m -> new RecipientsView(recipients, m, services::providerRules)),
                new Page(AuthView.PAGE_ID, "ui.auth.nav", AuthView.GLYPH,
                        m -> new AuthView(auth, m)),
                new Page(SettingsView.PAGE_ID, "ui.nav.settings", Glyphs.SLIDERS,
                        m -> new SettingsView(settings, m, services.links())));
        this.selected = pages.get(0).id();
        root.getStyleClass().add("app");
        content.getStyleClass().add("content");
        root.setCenter(content);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.max(MIN_WIDTH, Math.min(1280, screen.getWidth())),
                Math.max(MIN_HEIGHT, Math.min(900, screen.getHeight())));
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("app.css")).toExternalForm());
        for (int i = 0; i < pages.size() && i < DIGITS.length; i++) {
            String id = pages.get(i).id();
            scene.getAccelerators().put(shortcut(i), () -> select(id));
        }
        build();
        services.settings().property().addListener((o, old, now) -> {
            if (!Objects.equals(old.language(), now.language())) {
                Platform.runLater(this::build); // not while the language control is still handling its event
            }
        });
        services.settings().loadNoticeProperty().addListener((o, a, b) -> showPage());
    }

    /** Puts the window on the stage and shows it. */
    public void show(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
        select(selected);
    }

    public Parent root() {
        return root;
    }

    public BlocklistsViewModel blocklists() {
        return blocklists;
    }

    public BouncesViewModel bounces() {
        return bounces;
    }

    public RecipientsViewModel recipients() {
        return recipients;
    }

    public AuthViewModel auth() {
        return auth;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    /** Selects a page by id and moves the focus into it. */
    public void select(String pageId) {
        if (pages.stream().noneMatch(p -> p.id().equals(pageId))) {
            return;
        }
        selected = pageId;
        navigation.select(pageId);
        showPage();
        view(pageId).focusInput();
    }

    private void build() {
        views.values().forEach(PageView::dispose);
        views.clear();
        Messages m = services.messages();
        List<KeyCodeCombination> shortcuts = new ArrayList<>();
        for (int i = 0; i < pages.size() && i < DIGITS.length; i++) {
            shortcuts.add(shortcut(i));
        }
        root.setStyle(UiFonts.rootStyle(services.settings().get().language()));
        navigation = new NavigationBar(pages, shortcuts, m, Version.get(), this::select);
        root.setLeft(navigation.node());
        select(selected);
    }

    private void showPage() {
        content.getChildren().clear();
        services.settings().loadNotice().ifPresent(notice -> {
            if (!SettingsView.PAGE_ID.equals(selected)) {
                Messages m = services.messages();
                NoticeBar bar = new NoticeBar(NoticeBar.Kind.WARNING, m.render(notice))
                        .withAction(m.get("ui.nav.settings"), () -> select(SettingsView.PAGE_ID))
                        .closable(m.get("ui.close"), () -> services.settings().dismissLoadNotice());
                bar.setId("load-notice");
                bar.getStyleClass().add("window-notice");
                content.getChildren().add(bar);
            }
        });
        PageView view = view(selected);
        VBox.setVgrow(view.node(), Priority.ALWAYS);
        content.getChildren().add(view.node());
    }

    private PageView view(String pageId) {
        return views.computeIfAbsent(pageId, id -> pages.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id))
                .view().apply(services.messages()));
    }

    private static KeyCodeCombination shortcut(int index) {
        return new KeyCodeCombination(DIGITS[index], KeyCombination.SHORTCUT_DOWN);
    }
}
