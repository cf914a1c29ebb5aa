package dev.maildoctor.app.blocklists;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.NumberSpinners;
import dev.maildoctor.core.dnsbl.neighbourhood.NeighbourSample;
import dev.maildoctor.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The top of the Blocklists page: target field and its validation, options, Check / Cancel, progress. */
final class CheckForm {
    private final BlocklistsViewModel vm;
    private final Messages m;
    private final TextField target = new TextField();
    private final CheckBox neighbours = new CheckBox();
    private final Spinner<Integer> sample = new Spinner<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final VBox card;

    CheckForm(BlocklistsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        this.card = build();
    }

    void focus() {
        target.requestFocus();
        target.end();
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        target.textProperty().unbindBidirectional(vm.targetProperty());
        neighbours.selectedProperty().unbindBidirectional(vm.neighbourhoodProperty());
        sample.getValueFactory().valueProperty().unbindBidirectional(vm.sampleSizeProperty());
    }

    VBox node() {
        return card;
    }

    private VBox build() {
        Label label = new Label(m.get("ui.blocklists.target.label"));
        label.getStyleClass().add("field-label");
        label.setLabelFor(target);
        VBox card = Cards.card(null, label, inputRow(), problemLabel(), options(), progress());
        card.getStyleClass().add("input-card");
        return card;
    }

    /** The target field with Check (the default button: Enter runs it) and, while running, Cancel. */
    private HBox inputRow() {
        target.setId("target-input");
        target.setPromptText(m.get("ui.blocklists.target.prompt"));
        target.getStyleClass().add("target-input");
        target.textProperty().bindBidirectional(vm.targetProperty());
        HBox.setHgrow(target, Priority.ALWAYS);

        Button check = new Button(m.get("ui.blocklists.check"));
        check.setId("check-button");
        check.setDefaultButton(true);
        check.getStyleClass().add("primary");
        check.disableProperty().bind(vm.canCheckProperty().not());
        check.setOnAction(e -> vm.check());
        check.setMinWidth(Button.USE_PREF_SIZE);

        Button cancel = new Button(m.get("ui.blocklists.cancel"));
        cancel.setId("cancel-button");
        cancel.setCancelButton(true);
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        cancel.setMinWidth(Button.USE_PREF_SIZE);

        HBox row = new HBox(10, target, check, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Why the input is not an address or domain, in the current language; hidden while there is nothing to say. */
    private Label problemLabel() {
        Label problem = new Label();
        problem.setId("target-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        subscriptions.add(vm.targetProblemProperty().subscribe(p -> problem.setText(p == null ? "" : m.render(p))));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private FlowPane options() {
        neighbours.setText(m.get("ui.blocklists.neighbourhood"));
        neighbours.setId("neighbourhood-check");
        neighbours.setMinWidth(CheckBox.USE_PREF_SIZE);
        neighbours.selectedProperty().bindBidirectional(vm.neighbourhoodProperty());
        sample.setId("sample-size");
        NumberSpinners.wholeNumbers(sample, 1, NeighbourSample.MAX_SIZE, NeighbourSample.DEFAULT_SIZE, 8);
        sample.setPrefWidth(96);
        sample.getValueFactory().valueProperty().bindBidirectional(vm.sampleSizeProperty());
        sample.disableProperty().bind(vm.neighbourhoodProperty().not());
        Label sampleLabel = new Label(m.get("ui.blocklists.sample"));
        sampleLabel.setLabelFor(sample);
        sampleLabel.setMinWidth(Label.USE_PREF_SIZE);
        sampleLabel.disableProperty().bind(sample.disableProperty());
        Label sampleHint = new Label(m.get("ui.blocklists.sample.hint"));
        sampleHint.getStyleClass().add("hint");
        sampleHint.setMinWidth(Label.USE_PREF_SIZE);
        HBox sampleBox = new HBox(10, sampleLabel, sample, sampleHint);
        sampleBox.setAlignment(Pos.CENTER_LEFT);
        // Wraps onto a second line in a narrow window instead of cutting the labels short.
        FlowPane options = new FlowPane(24, 8, neighbours, sampleBox);
        options.setAlignment(Pos.CENTER_LEFT);
        options.disableProperty().bind(vm.runningProperty());
        return options;
    }

    private HBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("check-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label text = new Label();
        text.getStyleClass().add("hint");
        text.setMinWidth(Label.USE_PREF_SIZE);
        subscriptions.add(vm.progressTextProperty().subscribe(t -> text.setText(t == null ? "" : m.render(t))));
        HBox progress = new HBox(12, bar, text);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        return progress;
    }
}
