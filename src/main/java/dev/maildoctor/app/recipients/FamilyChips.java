package dev.maildoctor.app.recipients;

import dev.maildoctor.core.i18n.Messages;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.util.Subscription;

/**
 * One toggle per provider family with its count ("Google 42"), and All; choosing one filters the
 * table to that family, choosing it again shows all. Families with no domain are hidden.
 */
final class FamilyChips {
    private final RecipientsViewModel vm;
    private final Messages m;
    private final FlowPane pane = new FlowPane(6, 6);
    private final ToggleGroup group = new ToggleGroup();
    private final ToggleButton all = new ToggleButton();
    private final Map<ProviderFamily, ToggleButton> buttons = new EnumMap<>(ProviderFamily.class);
    private final Subscription subscription;
    private boolean updating;

    FamilyChips(RecipientsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        pane.setId("family-chips");
        pane.getStyleClass().add("family-chips");
        Label show = new Label(m.get("ui.recipients.filter.show"));
        show.getStyleClass().add("hint");
        pane.getChildren().add(show);
        setUp(all, "family-all", "family-chip-all");
        pane.getChildren().add(all);
        for (ProviderFamily f : ProviderFamily.values()) {
            ToggleButton b = new ToggleButton();
            setUp(b, "family-" + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), f.styleClass());
            b.setUserData(f);
            buttons.put(f, b);
            pane.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (updating) {
                return;
            }
            if (now == null) {
                updating = true;
                all.setSelected(true); // choosing the selected family again shows all
                updating = false;
                vm.familyFilterProperty().set(null);
            } else {
                vm.familyFilterProperty().set((ProviderFamily) now.getUserData());
            }
        });
        subscription = vm.familyFilterProperty().subscribe(f -> select(f));
    }

    Node node() {
        return pane;
    }

    void dispose() {
        subscription.unsubscribe();
    }

    /** Recounts after a lookup. */
    void refresh() {
        Map<ProviderFamily, Integer> counts = new EnumMap<>(ProviderFamily.class);
        vm.rows().forEach(r -> counts.merge(r.family(), 1, Integer::sum));
        all.setText(m.get("ui.recipients.family.all", vm.rows().size()));
        for (ProviderFamily f : ProviderFamily.values()) {
            int n = counts.getOrDefault(f, 0);
            ToggleButton b = buttons.get(f);
            b.setText(m.get("ui.recipients.family.count", m.get(f.key()), n));
            b.setVisible(n > 0);
            b.setManaged(n > 0);
        }
        pane.setVisible(!vm.rows().isEmpty());
        pane.setManaged(!vm.rows().isEmpty());
        select(vm.familyFilterProperty().get());
    }

    private void select(ProviderFamily f) {
        updating = true;
        if (f == null) {
            all.setSelected(true);
        } else {
            buttons.get(f).setSelected(true);
        }
        updating = false;
    }

    private void setUp(ToggleButton b, String id, String style) {
        b.setId(id);
        b.setToggleGroup(group);
        b.getStyleClass().addAll("family-chip", style);
        b.setMinWidth(ToggleButton.USE_PREF_SIZE);
    }
}
