package dev.maildoctor.app.blocklists;

import dev.maildoctor.app.common.LinkOpener;
import dev.maildoctor.core.dnsbl.ZoneResult;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.dnsbl.catalogue.Delisting;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.report.DnsblTextReport;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** One row per list: name, zone, status chip, codes, meaning, and a Delist button for listings. */
final class ZoneTable {
    private static final double ROW_HEIGHT = 34;
    private static final double HEADER_HEIGHT = 34;

    private final TableView<ZoneResult> table = new TableView<>();
    private final Messages m;
    private final DnsblTextReport text;
    private final LinkOpener links;

    ZoneTable(Messages m, LinkOpener links) {
        this.m = m;
        this.text = new DnsblTextReport(m);
        this.links = links;
        table.setId("zone-table");
        table.getStyleClass().add("zone-table");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(m.get("ui.blocklists.table.empty")));
        table.getColumns().add(flexible(textColumn("ui.blocklists.col.list", r -> r.list().name(), this::listTip),
                130, 200));
        table.getColumns().add(flexible(textColumn("ui.blocklists.col.zone", r -> r.query().displayZone(),
                ZoneResult::queryName), 120, 190));
        table.getColumns().add(fixed(statusColumn(), 106));
        table.getColumns().add(flexible(textColumn("ui.blocklists.col.codes", r -> String.join(", ", r.codes()),
                r -> String.join("\n", r.codes())), 124, 130));
        table.getColumns().add(flexible(column("ui.blocklists.col.meaning",
                r -> label(text.meaning(r), meaningTip(r))), 120, 300));
        table.getColumns().add(fixed(delistColumn(), 96));
        table.getColumns().forEach(c -> c.setReorderable(false));
    }

    Node node() {
        return table;
    }

    void show(List<ZoneResult> rows) {
        table.getItems().setAll(rows);
        double height = HEADER_HEIGHT + rows.size() * ROW_HEIGHT + 4;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }

    private TableColumn<ZoneResult, ZoneResult> statusColumn() {
        return column("ui.blocklists.col.status", r -> StatusChip.of(m, r.status()));
    }

    private TableColumn<ZoneResult, ZoneResult> delistColumn() {
        TableColumn<ZoneResult, ZoneResult> column = column("ui.blocklists.col.action", r -> {
            Delisting d = r.list().delisting();
            if (r.status() != ZoneStatus.LISTED || d == null || d.url() == null) {
                return null;
            }
            Button delist = new Button(m.get("ui.blocklists.delist"));
            delist.getStyleClass().add("small-button");
            delist.setTooltip(tip(m.get("ui.blocklists.delist.tip", r.list().name(), d.url())));
            delist.setOnAction(e -> links.open(d.url()));
            return delist;
        });
        column.setSortable(false);
        return column;
    }

    private TableColumn<ZoneResult, ZoneResult> textColumn(String key, Function<ZoneResult, String> value,
                                                           Function<ZoneResult, String> tooltip) {
        return column(key, r -> label(value.apply(r), tooltip.apply(r)));
    }

    private static TableColumn<ZoneResult, ZoneResult> flexible(TableColumn<ZoneResult, ZoneResult> c, double min,
                                                                double pref) {
        c.setMinWidth(min);
        c.setPrefWidth(pref);
        return c;
    }

    private static TableColumn<ZoneResult, ZoneResult> fixed(TableColumn<ZoneResult, ZoneResult> c, double width) {
        c.setMinWidth(width);
        c.setPrefWidth(width);
        c.setMaxWidth(width);
        return c;
    }

    private TableColumn<ZoneResult, ZoneResult> column(String key, Function<ZoneResult, Node> render) {
        TableColumn<ZoneResult, ZoneResult> column = new TableColumn<>(m.get(key));
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ZoneResult item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : render.apply(item));
            }
        });
        return column;
    }

    private static Label label(String value, String tooltip) {
        Label label = new Label(value);
        label.getStyleClass().add("cell-text");
        if (tooltip != null && !tooltip.isBlank()) {
            label.setTooltip(tip(tooltip));
        }
        return label;
    }

    private String listTip(ZoneResult r) {
        String description = m.render(r.list().description());
        String kind = m.get("ui.blocklists.list.category", m.get("category." + r.category().json()));
        String major = r.majorProvidersBlock() ? "\n" + m.get("report.major") : "";
        return description.isEmpty() ? kind + major : description + "\n\n" + kind + major;
    }

    private String meaningTip(ZoneResult r) {
        StringBuilder sb = new StringBuilder(text.meaning(r));
        r.txt().ifPresent(t -> sb.append("\n\n").append(m.get("report.txt", t)));
        if (r.status() == ZoneStatus.REFUSED) {
            r.reason().ifPresent(reason -> sb.append("\n\n").append(m.render(reason)));
        }
        return sb.toString();
    }

    private static Tooltip tip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }
}
