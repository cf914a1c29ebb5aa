package dev.maildoctor.app.common;

import dev.maildoctor.core.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/** The column on the left: the app's name, one button per page (with its shortcut), the version. */
public final class NavigationBar {
    private final VBox root = new VBox();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();

    /**
     * @param shortcuts one key combination per page, in the same order
     * @param onSelect  called with the page id when the user picks a page
     */
    public NavigationBar(List<Page> pages, List<KeyCodeCombination> shortcuts, Messages m, String version,
                         Consumer<String> onSelect) {
        root.getStyleClass().add("nav");
        root.getChildren().add(brand(m));
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            ToggleButton button = button(page, m, i < shortcuts.size() ? shortcuts.get(i) : null);
            button.setOnAction(e -> onSelect.accept(page.id()));
            buttons.put(page.id(), button);
            root.getChildren().add(button);
        }
        // A page stays selected: clicking the current page's button again must not deselect it.
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                group.selectToggle(old);
            }
        });
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label versionLabel = new Label(m.get("ui.nav.version", version));
        versionLabel.getStyleClass().add("nav-version");
        root.getChildren().addAll(spacer, versionLabel);
    }

    public Node node() {
        return root;
    }

    public void select(String pageId) {
        ToggleButton button = buttons.get(pageId);
        if (button != null) {
            group.selectToggle(button);
        }
    }

    private Node brand(Messages m) {
        SVGPath mark = icon(Glyphs.LOGO);
        mark.getStyleClass().add("brand-mark");
        Label name = new Label("MailDoctor");
        name.getStyleClass().add("brand-name");
        Label tagline = new Label(m.get("ui.app.tagline"));
        tagline.getStyleClass().add("brand-tagline");
        tagline.setWrapText(true);
        tagline.setMaxWidth(212);
        HBox title = new HBox(10, mark, name);
        title.setAlignment(Pos.CENTER_LEFT);
        VBox brand = new VBox(4, title, tagline);
        brand.getStyleClass().add("brand");
        return brand;
    }

    private ToggleButton button(Page page, Messages m, KeyCodeCombination shortcut) {
        Label title = new Label(m.get(page.titleKey()));
        title.getStyleClass().add("nav-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox content = new HBox(12, icon(page.glyph()), title, spacer);
        content.setAlignment(Pos.CENTER_LEFT);
        if (shortcut != null) {
            Label hint = new Label(shortcut.getDisplayText());
            hint.getStyleClass().add("nav-shortcut");
            hint.setMinWidth(Label.USE_PREF_SIZE);
            content.getChildren().add(hint);
        }
        ToggleButton button = new ToggleButton();
        button.setId("nav-" + page.id());
        button.setGraphic(content);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setToggleGroup(group);
        button.getStyleClass().add("nav-button");
        button.setFocusTraversable(false);
        button.setAccessibleText(m.get(page.titleKey()));
        if (shortcut != null) {
            button.setTooltip(new Tooltip(m.get(page.titleKey()) + " (" + shortcut.getDisplayText() + ")"));
        }
        return button;
    }

    private static SVGPath icon(String path) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add("nav-icon");
        return icon;
    }
}
