package dev.maildoctor.app.bounces;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.maillog.DeliveryStatus;
import dev.maildoctor.core.maillog.DomainTally;
import dev.maildoctor.core.maillog.ResponseCount;
import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.report.BounceLabels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * Deliveries per recipient domain (most failures first), filtered by the page's status and domain
 * filters; selecting a domain shows its most frequent remote replies.
 */
final class DomainTable {
    private final Messages m;
    private final BounceLabels labels;
    private final BouncesViewModel vm;
    private final TableView<DomainTally> table = new TableView<>();
    private final FilteredList<DomainTally> filtered;
    private final VBox responses = new VBox(6);
    private final VBox root;
    private final List<Subscription> subscriptions = new ArrayList<>();

    DomainTable(BouncesViewModel vm, Messages m, List<DomainTally> domains) {
        this.vm = vm;
        this.m = m;
        this.labels = new BounceLabels(m);
        List<DomainTally> byFailures = domains.stream()
                .sorted(Comparator.comparingLong((DomainTally d) -> d.bounced() + d.deferred()).reversed()
                        .thenComparing(Comparator.comparingLong(DomainTally::sent).reversed()))
                .toList();
        filtered = new FilteredList<>(FXCollections.observableArrayList(byFailures));
        SortedList<DomainTally> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("domain-table");
        table.getStyleClass().addAll("zone-table", "log-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("ui.bounces.domains.none")));
        table.setFixedCellSize(30);
        table.setPrefHeight(34 + 30 * Math.min(8, Math.max(2, byFailures.size())) + 4);
        TableColumn<DomainTally, String> domain = column(m.get("ui.bounces.col.domain"), DomainTally::domain);
        domain.setPrefWidth(240);
        table.getColumns().add(domain);
        TableColumn<DomainTally, String> provider = column(m.get("ui.bounces.col.provider"),
                d -> labels.provider(d.provider()));
        provider.setPrefWidth(170);
        table.getColumns().add(provider);
        table.getColumns().add(number(labels.status(DeliveryStatus.SENT), DomainTally::sent));
        table.getColumns().add(number(labels.status(DeliveryStatus.DEFERRED), DomainTally::deferred));
        table.getColumns().add(number(labels.status(DeliveryStatus.BOUNCED), DomainTally::bounced));
        table.getColumns().forEach(c -> c.setReorderable(false));
        responses.setId("domain-responses");
        responses.getStyleClass().add("drill-down");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> showResponses(d));
        for (var p : List.of(vm.showSentProperty(), vm.showDeferredProperty(), vm.showBouncedProperty())) {
            subscriptions.add(p.subscribe(v -> refilter()));
        }
        subscriptions.add(vm.domainFilterProperty().subscribe(v -> refilter()));
        root = new VBox(10, table, responses);
        byFailures.stream().filter(d -> d.bounced() + d.deferred() > 0).findFirst()
                .ifPresent(d -> table.getSelectionModel().select(d));
        showResponses(table.getSelectionModel().getSelectedItem());
    }

    Node node() {
        return root;
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
    }

    private void refilter() {
        String text = vm.domainFilterProperty().get() == null ? ""
                : vm.domainFilterProperty().get().strip().toLowerCase(Locale.ROOT);
        boolean sent = vm.showSentProperty().get();
        boolean deferred = vm.showDeferredProperty().get();
        boolean bounced = vm.showBouncedProperty().get();
        filtered.setPredicate(d -> d.domain().toLowerCase(Locale.ROOT).contains(text)
                && ((sent && d.sent() > 0) || (deferred && d.deferred() > 0) || (bounced && d.bounced() > 0)));
    }

    private void showResponses(DomainTally d) {
        responses.getChildren().clear();
        if (d == null) {
            responses.getChildren().add(hint(m.get("ui.bounces.domains.pick")));
            return;
        }
        Label title = new Label(m.get("ui.bounces.domains.responses", d.domain()));
        title.getStyleClass().add("section-title");
        responses.getChildren().add(title);
        if (d.topResponses().isEmpty()) {
            responses.getChildren().add(hint(m.get("ui.bounces.domains.no_responses")));
        }
        for (ResponseCount r : d.topResponses()) {
            Label count = new Label(m.get("ui.bounces.domains.count", r.count()));
            count.getStyleClass().add("response-count");
            count.setMinWidth(Label.USE_PREF_SIZE);
            Label text = new Label(r.response());
            text.getStyleClass().add("diagnostic");
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(10, count, text);
            if (r.reason() != Reason.UNDEFINED) {
                Label reason = new Label(labels.reason(r.reason()));
                reason.getStyleClass().addAll("chip", "reason-chip",
                        r.reason().pointsAtReputation() ? "reason-reputation" : "reason-other");
                reason.setMinWidth(Label.USE_PREF_SIZE);
                line.getChildren().add(1, reason);
            }
            line.getStyleClass().add("response-line");
            responses.getChildren().add(line);
        }
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }

    private static TableColumn<DomainTally, String> column(String title, Function<DomainTally, String> value) {
        TableColumn<DomainTally, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private static TableColumn<DomainTally, Long> number(String title, Function<DomainTally, Long> value) {
        TableColumn<DomainTally, Long> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.getStyleClass().add("number-column");
        c.setPrefWidth(110);
        return c;
    }
}
