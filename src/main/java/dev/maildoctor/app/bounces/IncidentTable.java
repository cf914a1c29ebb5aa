package dev.maildoctor.app.bounces;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.maillog.Incident;
import dev.maildoctor.report.BounceLabels;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The incidents, one row each; the selected one's example reply below, as logged. */
final class IncidentTable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TableView<Incident> table = new TableView<>();
    private final FilteredList<Incident> filtered;
    private final TextArea example = new TextArea();
    private final VBox root;
    private final BounceLabels labels;
    private final Subscription subscription;

    IncidentTable(BouncesViewModel vm, Messages m, List<Incident> incidents) {
        labels = new BounceLabels(m);
        filtered = new FilteredList<>(FXCollections.observableArrayList(incidents));
        table.setItems(filtered);
        table.setId("incident-table");
        table.getStyleClass().addAll("zone-table", "log-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("ui.bounces.incidents.filtered")));
        table.setFixedCellSize(30);
        table.setPrefHeight(34 + 30 * Math.min(6, Math.max(2, incidents.size())) + 4);
        table.getColumns().add(column(m.get("ui.bounces.col.provider"), i -> labels.provider(i.provider()), 130));
        table.getColumns().add(column(m.get("ui.bounces.col.reason"), i -> labels.reason(i.reason()), 200));
        table.getColumns().add(column(m.get("ui.bounces.col.first_seen"), i -> i.firstSeen().format(TIME), 140));
        table.getColumns().add(column(m.get("ui.bounces.col.last_seen"), i -> i.lastSeen().format(TIME), 140));
        table.getColumns().add(column(m.get("ui.bounces.col.ended"), i -> i.ongoing()
                ? m.get("ui.bounces.incident.ongoing") : i.endedAt().format(TIME), 140));
        TableColumn<Incident, Long> count = new TableColumn<>(m.get("ui.bounces.col.count"));
        count.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().count()));
        count.getStyleClass().add("number-column");
        table.getColumns().add(count);
        table.getColumns().forEach(c -> c.setReorderable(false));
        example.setId("incident-example");
        example.getStyleClass().add("example-text");
        example.setEditable(false);
        example.setWrapText(true);
        example.setPrefRowCount(3);
        Label exampleTitle = new Label(m.get("ui.bounces.incidents.example"));
        exampleTitle.getStyleClass().add("section-title");
        Label domains = new Label();
        domains.getStyleClass().add("hint");
        domains.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            example.setText(i == null ? "" : i.example());
            domains.setText(i == null || i.domains().isEmpty() ? ""
                    : m.get("ui.bounces.incidents.domains", String.join(", ", i.domains())));
        });
        domains.managedProperty().bind(domains.textProperty().isNotEmpty());
        subscription = vm.domainFilterProperty().subscribe(text -> refilter(text));
        root = new VBox(10, table, domains, exampleTitle, example);
        if (!incidents.isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    Node node() {
        return root;
    }

    void dispose() {
        subscription.unsubscribe();
    }

    /** The domain filter also narrows incidents: by refused domain, provider name or the example reply. */
    private void refilter(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(i -> t.isEmpty() || labels.provider(i.provider()).toLowerCase(Locale.ROOT).contains(t)
                || i.provider().json().contains(t) || i.domains().stream().anyMatch(d -> d.contains(t))
                || i.example().toLowerCase(Locale.ROOT).contains(t));
    }

    private static TableColumn<Incident, String> column(String title, Function<Incident, String> value, double width) {
        TableColumn<Incident, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
