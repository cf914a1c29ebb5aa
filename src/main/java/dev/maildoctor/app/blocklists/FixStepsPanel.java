package dev.maildoctor.app.blocklists;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.LinkOpener;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.ZoneResult;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.FixStep;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** What to do, grouped by cause, each step with who has to act and, where there is one, a link. */
final class FixStepsPanel {
    private FixStepsPanel() {
    }

    /** Null when there is nothing to do. */
    static VBox of(Messages m, DnsblReport report, LinkOpener links) {
        var groups = ReportDigest.fixes(report);
        if (groups.isEmpty()) {
            return null;
        }
        // One grid for all groups, so every step's text starts at the same place.
        GridPane body = new GridPane();
        body.setId("fix-steps");
        body.setHgap(10);
        body.setVgap(10);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        body.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), text);
        int row = 0;
        for (ReportDigest.FixGroup group : groups) {
            HBox heading = heading(m, report, group);
            GridPane.setColumnSpan(heading, GridPane.REMAINING);
            if (row > 0) {
                GridPane.setMargin(heading, new Insets(12, 0, 0, 0));
            }
            body.add(heading, 0, row++);
            int number = 1;
            for (FixStep step : group.steps()) {
                addStep(body, row++, number++, m, step, links);
            }
        }
        return Cards.card(m.get("report.verdict_fixes"), body);
    }

    private static HBox heading(Messages m, DnsblReport report, ReportDigest.FixGroup group) {
        HBox heading = new HBox(10);
        heading.setAlignment(Pos.CENTER_LEFT);
        if (group.zone().isPresent()) {
            ZoneResult r = group.zone().get();
            Label name = new Label(r.list().name());
            name.getStyleClass().add("section-title");
            heading.getChildren().addAll(name, StatusChip.of(m, r.status()));
        } else {
            String verdict = report.neighbourhood().map(n -> m.get("verdict." + n.verdict().json())).orElse("");
            Label name = new Label(m.get("ui.blocklists.fixes.verdict", verdict));
            name.getStyleClass().add("section-title");
            heading.getChildren().add(name);
        }
        return heading;
    }

    /** One step as a grid row: number, who acts, what to do, and the link when there is one. */
    private static void addStep(GridPane grid, int row, int number, Messages m, FixStep step, LinkOpener links) {
        Label index = new Label(Integer.toString(number));
        index.getStyleClass().add("step-number");
        index.setMinWidth(Label.USE_PREF_SIZE);
        Label actor = new Label(m.get("actor." + step.actor().json()));
        actor.getStyleClass().addAll("badge", "actor-" + step.actor().json().replace('_', '-'));
        actor.setMinWidth(Label.USE_PREF_SIZE);
        Label text = new Label(m.render(step.text()));
        text.getStyleClass().add("step-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        grid.add(index, 0, row);
        grid.add(actor, 1, row);
        grid.add(text, 2, row);
        for (javafx.scene.Node node : List.of(index, actor, text)) {
            GridPane.setValignment(node, VPos.TOP);
        }
        step.url().ifPresent(url -> {
            Button open = new Button(m.get("ui.blocklists.open_link"));
            open.getStyleClass().add("small-button");
            open.setMinWidth(Button.USE_PREF_SIZE);
            open.setTooltip(new Tooltip(url));
            open.setOnAction(e -> links.open(url));
            GridPane.setValignment(open, VPos.TOP);
            grid.add(open, 3, row);
        });
    }
}
