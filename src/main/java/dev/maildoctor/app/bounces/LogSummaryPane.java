package dev.maildoctor.app.bounces;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.TwoColumns;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.maillog.DeliveryStatus;
import dev.maildoctor.core.maillog.Incident;
import dev.maildoctor.core.maillog.MaillogSummary;
import dev.maildoctor.report.BounceLabels;
import dev.maildoctor.report.MaillogTextReport;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The story of the mail logs: totals, incidents first, the status and domain filters, messages per
 * day, incidents on a time line, and tables to drill into domains and incidents.
 */
final class LogSummaryPane {
    private static final double TIMELINE_WIDTH = 420;
    private static final double SIDE_BY_SIDE = 860;

    private final VBox root = new VBox(16);
    private final DayChart dayChart;
    private final DomainTable domains;
    private final IncidentTable incidents;

    LogSummaryPane(BouncesViewModel vm, Messages m, MaillogSummary s, List<String> files) {
        root.setId("log-summary");
        BounceLabels labels = new BounceLabels(m);
        String source = files.size() == 1 && LoadJob.PASTED.equals(files.get(0)) ? m.get("ui.bounces.pasted")
                : String.join(", ", files);
        Label title = new Label(m.get("ui.bounces.log.title", source));
        title.getStyleClass().add("result-target");
        title.setWrapText(true);
        HBox tiles = new HBox(12,
                tile(m.get("ui.bounces.log.messages"), s.messages(), "tile-messages"),
                tile(labels.status(DeliveryStatus.SENT), count(s, DeliveryStatus.SENT), "tile-sent"),
                tile(labels.status(DeliveryStatus.DEFERRED), count(s, DeliveryStatus.DEFERRED), "tile-deferred"),
                tile(labels.status(DeliveryStatus.BOUNCED), count(s, DeliveryStatus.BOUNCED), "tile-bounced"),
                tile(m.get("ui.bounces.log.incidents"), s.incidents().size(),
                        s.incidents().isEmpty() ? "tile-none" : "tile-incidents"));
        tiles.setId("log-totals");
        Label lines = new Label(m.get("ui.bounces.log.lines", s.lines(), s.recipientDomains().size()));
        lines.getStyleClass().add("hint");
        root.getChildren().addAll(new VBox(10, title, tiles, lines), banners(m, s.incidents()), filters(vm, m, labels));

        dayChart = new DayChart(m, s.perDay(), vm.showSentProperty(), vm.showDeferredProperty(),
                vm.showBouncedProperty());
        VBox dayCard = Cards.card(m.get("ui.bounces.chart.days"), s.perDay().isEmpty()
                ? Cards.hint(m.get("ui.bounces.chart.no_days")) : dayChart.node());
        VBox timelineCard = Cards.card(m.get("ui.bounces.chart.incidents"), s.incidents().isEmpty()
                ? Cards.hint(m.get("ui.bounces.chart.no_incidents")) : new IncidentTimeline(m, s.incidents()).node());
        root.getChildren().add(new TwoColumns(dayCard, timelineCard, TIMELINE_WIDTH, 16, SIDE_BY_SIDE));

        incidents = new IncidentTable(vm, m, s.incidents());
        if (!s.incidents().isEmpty()) {
            root.getChildren().add(Cards.card(m.get("ui.bounces.incidents.title", s.incidents().size()),
                    incidents.node()));
        }
        domains = new DomainTable(vm, m, s.byDomain());
        root.getChildren().add(Cards.card(m.get("ui.bounces.domains.title", s.byDomain().size()), domains.node()));
    }

    Node node() {
        return root;
    }

    void dispose() {
        dayChart.dispose();
        domains.dispose();
        incidents.dispose();
    }

    private static long count(MaillogSummary s, DeliveryStatus status) {
        return s.byStatus().getOrDefault(status, 0L);
    }

    private static VBox tile(String label, long value, String styleClass) {
        Label number = new Label(String.format("%,d", value));
        number.getStyleClass().add("tile-value");
        Label caption = new Label(label);
        caption.getStyleClass().add("tile-label");
        VBox tile = new VBox(2, number, caption);
        tile.getStyleClass().addAll("tile", styleClass);
        tile.setMinWidth(110);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    /** One red banner per incident, or one green line when there was none. */
    private static VBox banners(Messages m, List<Incident> incidents) {
        VBox box = new VBox(8);
        box.setId("incident-banners");
        MaillogTextReport text = new MaillogTextReport(m);
        if (incidents.isEmpty()) {
            Label none = new Label(m.get("maillog.text.no_incidents"));
            none.getStyleClass().add("verdict-title");
            VBox banner = new VBox(none);
            banner.getStyleClass().addAll("verdict", "verdict-clean");
            box.getChildren().add(banner);
            return box;
        }
        for (Incident i : incidents) {
            Label title = new Label(text.incident(i));
            title.getStyleClass().add("verdict-title");
            title.setWrapText(true);
            VBox banner = new VBox(4, title);
            banner.getStyleClass().addAll("verdict", "verdict-provider-range", "incident-banner");
            box.getChildren().add(banner);
        }
        Label next = new Label(m.get("ui.bounces.incident.next"));
        next.getStyleClass().add("hint");
        next.setWrapText(true);
        box.getChildren().add(next);
        return box;
    }

    private static FlowPane filters(BouncesViewModel vm, Messages m, BounceLabels labels) {
        Label show = new Label(m.get("ui.bounces.filter.show"));
        show.getStyleClass().add("field-label");
        CheckBox sent = check(labels.status(DeliveryStatus.SENT), vm.showSentProperty(), "filter-sent");
        CheckBox deferred = check(labels.status(DeliveryStatus.DEFERRED), vm.showDeferredProperty(), "filter-deferred");
        CheckBox bounced = check(labels.status(DeliveryStatus.BOUNCED), vm.showBouncedProperty(), "filter-bounced");
        TextField domain = new TextField();
        domain.setId("domain-filter");
        domain.setPromptText(m.get("ui.bounces.filter.domain"));
        domain.setPrefColumnCount(22);
        domain.textProperty().bindBidirectional(vm.domainFilterProperty());
        Region gap = new Region();
        gap.setMinWidth(16);
        HBox statuses = new HBox(14, show, sent, deferred, bounced);
        statuses.setAlignment(Pos.CENTER_LEFT);
        FlowPane filters = new FlowPane(16, 8, statuses, gap, domain);
        filters.setId("log-filters");
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("log-filters");
        return filters;
    }

    private static CheckBox check(String text, BooleanProperty property, String id) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.getStyleClass().add(id);
        box.setMinWidth(CheckBox.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }
}
