package dev.maildoctor.app.bounces;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.LinkOpener;
import dev.maildoctor.app.common.Navigator;
import dev.maildoctor.core.diagnosis.BlocklistFollowUp;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.kb.KnowledgeEntry;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.message.bounce.SmtpStage;
import dev.maildoctor.core.model.LocalizedText;
import dev.maildoctor.core.routing.Provider;
import dev.maildoctor.report.BounceFollowUp;
import dev.maildoctor.report.BounceLabels;
import dev.maildoctor.report.BounceOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One recipient of a bounce: who, how final, why (reason and provider chips), the server's own
 * words, what it means and what to do (from the knowledge base), and the blocklist follow-up.
 */
final class RecipientCard {
    private final VBox root;
    private final FollowUpBox followUp;

    RecipientCard(BouncesViewModel vm, Messages m, LinkOpener links, Navigator navigator, BounceReport report,
                  FailedRecipient r) {
        BounceLabels labels = new BounceLabels(m);
        Optional<KnowledgeEntry> entry = vm.explain(r);
        List<Node> parts = new ArrayList<>();
        parts.add(top(m, labels, r));
        parts.add(chips(m, labels, r));
        if (!r.diagnostic().isBlank()) {
            Label diagnostic = new Label(r.diagnostic().strip());
            diagnostic.getStyleClass().add("diagnostic");
            diagnostic.setWrapText(true);
            diagnostic.setMaxWidth(Double.MAX_VALUE);
            parts.add(diagnostic);
        }
        entry.ifPresentOrElse(e -> parts.add(knowledge(m, links, e)),
                () -> parts.add(Cards.hint(m.get("ui.bounces.no_explanation"))));
        if (BounceFollowUp.wanted(r, entry)) {
            followUp = new FollowUpBox(vm, m, navigator, r, BlocklistFollowUp.sendingIp(report, r));
            parts.add(followUp.node());
        } else {
            followUp = null;
        }
        root = Cards.card(null, parts.toArray(Node[]::new));
        root.getStyleClass().addAll("recipient-card", "outcome-" + BounceOutcome.of(r).json());
    }

    Node node() {
        return root;
    }

    void dispose() {
        if (followUp != null) {
            followUp.dispose();
        }
    }

    private static HBox top(Messages m, BounceLabels labels, FailedRecipient r) {
        Label address = new Label(r.recipient());
        address.getStyleClass().add("recipient-address");
        address.setWrapText(true);
        Label outcome = new Label(labels.outcome(r));
        outcome.getStyleClass().addAll("badge", "outcome-badge", "outcome-badge-" + BounceOutcome.of(r).json());
        outcome.setMinWidth(Label.USE_PREF_SIZE);
        HBox top = new HBox(12, address, outcome);
        List<String> codes = new ArrayList<>();
        if (!r.status().isEmpty()) {
            codes.add(r.status());
        }
        r.replyCode().ifPresent(c -> codes.add(c.toString()));
        if (!codes.isEmpty()) {
            Label code = new Label(String.join(" · ", codes));
            code.getStyleClass().add("reply-codes");
            code.setMinWidth(Label.USE_PREF_SIZE);
            code.setTooltip(new Tooltip(m.get("ui.bounces.codes.tip")));
            top.getChildren().add(code);
        }
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    private static FlowPane chips(Messages m, BounceLabels labels, FailedRecipient r) {
        Label reason = new Label(labels.reason(r.reason()));
        reason.getStyleClass().addAll("chip", "reason-chip", "reason-" + r.reason().json(),
                r.reason().pointsAtReputation() ? "reason-reputation" : "reason-other");
        reason.setTooltip(new Tooltip(m.get("ui.bounces.reason.tip", r.reason().json())));
        reason.setMinWidth(Label.USE_PREF_SIZE);
        FlowPane chips = new FlowPane(8, 6, reason);
        chips.setAlignment(Pos.CENTER_LEFT);
        if (r.provider() != Provider.UNKNOWN) {
            Label provider = new Label(labels.provider(r.provider()));
            provider.getStyleClass().addAll("chip", "provider-chip");
            provider.setMinWidth(Label.USE_PREF_SIZE);
            chips.getChildren().add(provider);
        }
        if (r.stage() != SmtpStage.UNKNOWN) {
            chips.getChildren().add(fact(m.get("ui.bounces.stage", labels.stage(r.stage()))));
        }
        r.remoteHost().ifPresent(h -> chips.getChildren().add(fact(m.get("ui.bounces.remote",
                r.remoteIp().map(ip -> h + " [" + ip + "]").orElse(h)))));
        return chips;
    }

    private static Label fact(String text) {
        Label fact = new Label(text);
        fact.getStyleClass().addAll("hint", "recipient-fact");
        return fact;
    }

    /** What it means and what to do, as the knowledge base explains this reply. */
    private static VBox knowledge(Messages m, LinkOpener links, KnowledgeEntry e) {
        Label title = new Label(m.render(e.title()));
        title.getStyleClass().addAll("section-title", "knowledge-title");
        title.setWrapText(true);
        Label explanation = new Label(m.render(e.explanation()));
        explanation.getStyleClass().addAll("step-text", "explanation");
        explanation.setWrapText(true);
        explanation.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(8, title, explanation);
        box.getStyleClass().add("knowledge");
        if (!e.nextSteps().isEmpty()) {
            Label heading = new Label(m.get("ui.bounces.next_steps"));
            heading.getStyleClass().add("section-title");
            box.getChildren().addAll(heading, steps(m, e.nextSteps()));
        }
        HBox buttons = new HBox(8);
        e.helpUrl().ifPresent(url -> buttons.getChildren().add(link(m.get("ui.bounces.help_link"), url, links,
                "help-link")));
        e.delistUrl().ifPresent(url -> buttons.getChildren().add(link(m.get("ui.bounces.delist_link"), url, links,
                "delist-link")));
        if (!buttons.getChildren().isEmpty()) {
            box.getChildren().add(buttons);
        }
        return box;
    }

    private static GridPane steps(Messages m, List<LocalizedText> steps) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("next-steps");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), text);
        int row = 0;
        for (LocalizedText step : steps) {
            Label number = new Label(Integer.toString(row + 1));
            number.getStyleClass().add("step-number");
            number.setMinWidth(Label.USE_PREF_SIZE);
            Label label = new Label(m.render(step));
            label.getStyleClass().add("step-text");
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            GridPane.setValignment(number, VPos.TOP);
            grid.add(number, 0, row);
            grid.add(label, 1, row++);
        }
        return grid;
    }

    private static Button link(String text, String url, LinkOpener links, String styleClass) {
        Button button = new Button(text);
        button.getStyleClass().addAll("small-button", styleClass);
        button.setTooltip(new Tooltip(url));
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(ev -> links.open(url));
        return button;
    }
}
