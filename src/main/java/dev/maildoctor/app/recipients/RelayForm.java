package dev.maildoctor.app.recipients;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The relay form: relay host, SASL account, which domains, sender domain and the relay's SPF include. */
final class RelayForm {
    private final RelayViewModel vm;
    private final Messages m;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final List<Runnable> unbind = new ArrayList<>();
    private final ToggleGroup modes = new ToggleGroup();
    private final VBox card;

    RelayForm(RelayViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(170);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        TextField relay = field("relay-host", vm.relayTextProperty(), "ui.recipients.relay.host.prompt");
        Label relayProblem = new Label();
        relayProblem.setId("relay-problem");
        relayProblem.getStyleClass().add("field-error");
        relayProblem.setWrapText(true);
        subscriptions.add(vm.relayProblemProperty().subscribe(p -> {
            relayProblem.setText(p == null ? "" : m.render(p));
            relayProblem.setVisible(p != null);
            relayProblem.setManaged(p != null);
        }));
        grid.addRow(row++, label("ui.recipients.relay.host", relay), new VBox(4, relay, relayProblem));
        TextField user = field("sasl-user", vm.saslUserProperty(), "ui.recipients.relay.user.prompt");
        grid.addRow(row++, label("ui.recipients.relay.user", user), user);
        PasswordField password = new PasswordField();
        password.setId("sasl-password");
        password.setPromptText(m.get("ui.recipients.relay.password.prompt"));
        bind(password, vm.passwordProperty());
        password.disableProperty().bind(vm.saslUserProperty().isEmpty());
        grid.addRow(row++, label("ui.recipients.relay.password", password),
                new VBox(4, password, Cards.hint(m.get("ui.recipients.relay.password.hint"))));
        grid.addRow(row++, label("ui.recipients.relay.domains", null), modeChoice());
        TextField sender = field("sender-domain", vm.senderDomainProperty(), "ui.recipients.relay.sender.prompt");
        grid.addRow(row++, label("ui.recipients.relay.sender", sender), new VBox(4, sender,
                Cards.hint(m.get("ui.recipients.relay.sender.hint"))));
        TextField include = field("relay-include", vm.relayIncludeProperty(), "ui.recipients.relay.include.prompt");
        grid.addRow(row++, label("ui.recipients.relay.include", include), new VBox(4, include,
                Cards.hint(m.get("ui.recipients.relay.include.hint"))));
        Button generate = new Button(m.get("ui.recipients.generate"));
        generate.setId("generate-button");
        generate.getStyleClass().add("primary");
        generate.setMinWidth(Button.USE_PREF_SIZE);
        generate.disableProperty().bind(vm.targetProperty().isNull());
        generate.setOnAction(e -> vm.generate());
        Label why = Cards.hint(m.get("ui.recipients.generate.hint"));
        HBox actions = new HBox(12, generate, why);
        actions.setAlignment(Pos.CENTER_LEFT);
        card = Cards.card(m.get("ui.recipients.relay.title"), Cards.hint(m.get("ui.recipients.relay.intro")), grid,
                actions);
        card.setId("relay-form");
    }

    VBox node() {
        return card;
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        unbind.forEach(Runnable::run);
    }

    private VBox modeChoice() {
        RadioButton google = mode("mode-google", SelectionMode.GOOGLE);
        RadioButton both = mode("mode-google-microsoft", SelectionMode.GOOGLE_MICROSOFT);
        RadioButton picked = mode("mode-picked", SelectionMode.PICKED);
        Runnable texts = () -> {
            google.setText(m.get("ui.recipients.relay.mode.google", vm.googleCountProperty().get()));
            both.setText(m.get("ui.recipients.relay.mode.google_microsoft", vm.microsoftCountProperty().get()));
            picked.setText(m.get("ui.recipients.relay.mode.picked", vm.pickedCountProperty().get()));
        };
        subscriptions.add(vm.googleCountProperty().subscribe(n -> texts.run()));
        subscriptions.add(vm.microsoftCountProperty().subscribe(n -> texts.run()));
        subscriptions.add(vm.pickedCountProperty().subscribe(n -> texts.run()));
        subscriptions.add(vm.modeProperty().subscribe(mode -> modes.getToggles().stream()
                .filter(t -> t.getUserData() == mode).findFirst().ifPresent(t -> t.setSelected(true))));
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.modeProperty().set((SelectionMode) b.getUserData());
            }
        });
        VBox box = new VBox(6, google, both, picked);
        box.setId("relay-modes");
        return box;
    }

    private RadioButton mode(String id, SelectionMode mode) {
        RadioButton b = new RadioButton();
        b.setId(id);
        b.setUserData(mode);
        b.setToggleGroup(modes);
        return b;
    }

    private TextField field(String id, StringProperty property, String promptKey) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(m.get(promptKey));
        bind(f, property);
        return f;
    }

    private void bind(TextInputControl control, StringProperty property) {
        control.textProperty().bindBidirectional(property);
        unbind.add(() -> control.textProperty().unbindBidirectional(property));
    }

    private Label label(String key, javafx.scene.Node field) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("field-label");
        l.setWrapText(true);
        if (field != null) {
            l.setLabelFor(field);
        }
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
        return l;
    }
}
