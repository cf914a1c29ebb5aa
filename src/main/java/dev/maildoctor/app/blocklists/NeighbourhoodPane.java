package dev.maildoctor.app.blocklists;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.neighbourhood.ListTally;
import dev.maildoctor.core.dnsbl.neighbourhood.Neighbourhood;
import dev.maildoctor.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The neighbourhood: the verdict (whose problem is it?), the /24 as a 16×16 grid coloured by each
 * sampled neighbour's state, and how many neighbours each list lists. The verdict banner stands
 * apart, right under the result header, because it is the page's conclusion.
 */
final class NeighbourhoodPane {
    private static final double CELL = 16;

    private NeighbourhoodPane() {
    }

    static VBox of(Messages m, DnsblReport report, Neighbourhood n) {
        Node grid = grid(m, ReportDigest.grid(report, n));
        VBox side = new VBox(18, tallies(m, n), legend(m));
        side.setMinWidth(150);
        HBox.setHgrow(side, Priority.ALWAYS);
        HBox body = new HBox(24, grid, side);
        return Cards.card(m.get("ui.blocklists.neighbourhood.title", n.range().toString()), body);
    }

    /** The conclusion of the scan, shown above the table: whose problem the listing is. */
    static VBox verdictBanner(Messages m, Neighbourhood n) {
        Label title = new Label(m.get("verdict." + n.verdict().json()));
        title.getStyleClass().add("verdict-title");
        Label reason = new Label(m.render(n.reason()));
        reason.getStyleClass().add("verdict-reason");
        reason.setWrapText(true);
        VBox banner = new VBox(4, title, reason);
        banner.setId("verdict-banner");
        banner.getStyleClass().addAll("verdict", "verdict-" + n.verdict().json().replace('_', '-'));
        return banner;
    }

    private static Node grid(Messages m, List<GridCell> cells) {
        GridPane grid = new GridPane();
        grid.setId("neighbour-grid");
        grid.getStyleClass().add("neighbour-grid");
        grid.setHgap(3);
        grid.setVgap(3);
        for (GridCell cell : cells) {
            Region square = new Region();
            square.setId("cell-" + cell.octet());
            square.getStyleClass().addAll("grid-cell", "grid-cell-" + cell.kind().name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'));
            if (cell.target()) {
                square.getStyleClass().add("grid-cell-target");
            }
            square.setMinSize(CELL, CELL);
            square.setPrefSize(CELL, CELL);
            square.setMaxSize(CELL, CELL);
            Tooltip tip = new Tooltip(cellText(m, cell));
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(square, tip);
            grid.add(square, cell.octet() % ReportDigest.GRID_SIDE, cell.octet() / ReportDigest.GRID_SIDE);
        }
        Label caption = new Label(m.get("ui.blocklists.grid.caption"));
        caption.getStyleClass().add("hint");
        caption.setWrapText(true);
        caption.setMaxWidth(ReportDigest.GRID_SIDE * (CELL + 3));
        return new VBox(8, grid, caption);
    }

    static String cellText(Messages m, GridCell cell) {
        String head = cell.target() ? m.get("ui.blocklists.grid.target", cell.address()) : cell.address();
        switch (cell.kind()) {
            case LISTED:
                return head + "\n" + m.get("ui.blocklists.grid.listed_on", String.join(", ", cell.lists()));
            case CLEAN:
                return head + "\n" + m.get("ui.blocklists.grid.clean");
            case UNKNOWN:
                return head + "\n" + m.get("ui.blocklists.grid.unknown");
            default:
                return head + "\n" + m.get("ui.blocklists.grid.not_sampled");
        }
    }

    private static VBox tallies(Messages m, Neighbourhood n) {
        Label title = new Label(m.get("ui.blocklists.tallies.title"));
        title.getStyleClass().add("section-title");
        Label numbers = new Label(m.get("report.neighbourhood.numbers", n.sampled(), n.scanned(), n.listed()));
        numbers.getStyleClass().add("hint");
        VBox box = new VBox(8, title, numbers);
        for (ListTally t : n.tallies()) {
            Label name = new Label(t.listName());
            name.getStyleClass().add("tally-name");
            name.setMinWidth(0);
            ProgressBar bar = new ProgressBar(t.answered() == 0 ? 0 : (double) t.listed() / t.answered());
            bar.getStyleClass().add("tally-bar");
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setMinWidth(40);
            HBox.setHgrow(bar, Priority.ALWAYS);
            Label count = new Label(m.get("ui.blocklists.tally", t.listed(), t.answered()));
            count.getStyleClass().add("tally-count");
            count.setMinWidth(Label.USE_PREF_SIZE);
            HBox line = new HBox(10, bar, count);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox entry = new VBox(2, name, line);
            if (t.unanswered() > 0) {
                Label unanswered = new Label(m.get("ui.blocklists.tally.unanswered", t.unanswered()));
                unanswered.getStyleClass().add("hint");
                entry.getChildren().add(unanswered);
            }
            box.getChildren().add(entry);
        }
        if (n.tallies().isEmpty()) {
            Label none = new Label(m.get("ui.blocklists.tallies.none"));
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            box.getChildren().add(none);
        }
        return box;
    }

    private static VBox legend(Messages m) {
        VBox legend = new VBox(6);
        Label title = new Label(m.get("ui.blocklists.legend.title"));
        title.getStyleClass().add("section-title");
        legend.getChildren().add(title);
        for (String kind : List.of("listed", "clean", "unknown", "not-sampled")) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("grid-cell", "grid-cell-" + kind);
            swatch.setMinSize(CELL, CELL);
            swatch.setMaxSize(CELL, CELL);
            Label text = new Label(m.get("ui.blocklists.legend." + kind.replace('-', '_')));
            HBox row = new HBox(8, swatch, text);
            row.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(row);
        }
        Region target = new Region();
        target.getStyleClass().addAll("grid-cell", "grid-cell-not-sampled", "grid-cell-target");
        target.setMinSize(CELL, CELL);
        target.setMaxSize(CELL, CELL);
        HBox row = new HBox(8, target, new Label(m.get("ui.blocklists.legend.target")));
        row.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().add(row);
        return legend;
    }
}
