package dev.maildoctor.app.recipients;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The looked-up domains: family filter chips with counts, a text filter, the tick column of the
 * hand-picked selection, and copying what is shown. One TableView over the view-model's rows
 * (virtualised: thousands of domains cost only the visible cells).
 */
final class ResultsTable {
    private final RecipientsViewModel vm;
    private final Messages m;
    private final RowText text;
    private final TableView<ResultRow> table = new TableView<>();
    private final FilteredList<ResultRow> filtered;
    private final FamilyChips chips;
    private final Label copied = new Label();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final ListChangeListener<ResultRow> rowsChanged;
    private final VBox card;

    ResultsTable(RecipientsViewModel vm, Messages m, RowText text) {
        this.vm = vm;
        this.m = m;
        this.text = text;
        filtered = new FilteredList<>(vm.rows());
        SortedList<ResultRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("recipients-table");
        table.getStyleClass().addAll("zone-table", "recipients-table");
        table.setEditable(true);
        table.setFixedCellSize(32);
        table.setPrefHeight(400);
        table.setMinHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("ui.recipients.table.empty")));
        columns();
        chips = new FamilyChips(vm, m);
        Label title = new Label(m.get("ui.recipients.results.title"));
        title.getStyleClass().add("card-title");
        card = Cards.card(null, title, chips.node(), tools(), table);
        card.setId("recipients-results");
        card.getStyleClass().add("recipients-results");
        subscriptions.add(vm.familyFilterProperty().subscribe(f -> refilter()));
        subscriptions.add(vm.textFilterProperty().subscribe(f -> refilter()));
        rowsChanged = c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= !c.wasUpdated(); // a tick is an update: the counts stay
            }
            if (structural) {
                chips.refresh();
                copied.setText("");
            }
        };
        vm.rows().addListener(rowsChanged);
        chips.refresh();
    }

    VBox node() {
        return card;
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        vm.rows().removeListener(rowsChanged);
        chips.dispose();
    }

    private void refilter() {
        ProviderFamily family = vm.familyFilterProperty().get();
        String needle = vm.textFilterProperty().get() == null ? ""
                : vm.textFilterProperty().get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(r -> (family == null || r.family() == family) && r.matches(needle));
    }

    private void columns() {
        TableColumn<ResultRow, Boolean> pick = new TableColumn<>();
        CheckBox all = new CheckBox();
        all.setId("pick-all");
        all.setTooltip(new Tooltip(m.get("ui.recipients.pick_all")));
        all.setOnAction(e -> filtered.forEach(r -> r.pickedProperty().set(all.isSelected())));
        pick.setGraphic(all);
        pick.setCellValueFactory(cd -> cd.getValue().pickedProperty());
        pick.setCellFactory(CheckBoxTableCell.forTableColumn(pick));
        pick.setEditable(true);
        pick.setSortable(false);
        pick.setPrefWidth(40);
        pick.setMinWidth(40);
        pick.setMaxWidth(40);
        pick.getStyleClass().add("pick-column");
        TableColumn<ResultRow, ResultRow> domain = new TableColumn<>(m.get("ui.recipients.col.domain"));
        domain.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        domain.setCellFactory(c -> new DomainCell());
        domain.setComparator((a, b) -> text.domain(a).compareTo(text.domain(b)));
        domain.setPrefWidth(190);
        TableColumn<ResultRow, ResultRow> provider = new TableColumn<>(m.get("ui.recipients.col.provider"));
        provider.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        provider.setCellFactory(c -> new BadgeCell());
        provider.setComparator((a, b) -> a.family() != b.family() ? a.family().compareTo(b.family())
                : text.provider(a).compareTo(text.provider(b)));
        provider.setPrefWidth(185);
        table.getColumns().add(pick);
        table.getColumns().add(domain);
        table.getColumns().add(provider);
        table.getColumns().add(textColumn(m.get("ui.recipients.col.mx"), text::mxShort, ResultRow::mxText, 180));
        table.getColumns().add(textColumn(m.get("ui.recipients.col.evidence"), text::rule, text::evidence, 175));
        table.getColumns().add(textColumn(m.get("ui.recipients.col.hints"), text::hints, text::hints, 160));
        table.getColumns().forEach(c -> c.setReorderable(false));
    }

    /** A column of short text whose whole story is in the tooltip ({@code full}). */
    private TableColumn<ResultRow, ResultRow> textColumn(String title, Function<ResultRow, String> shown,
                                                         Function<ResultRow, String> full, double width) {
        TableColumn<ResultRow, ResultRow> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setComparator((a, b) -> shown.apply(a).compareTo(shown.apply(b)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ResultRow row, boolean empty) {
                super.updateItem(row, empty);
                String tip = empty || row == null ? "" : full.apply(row);
                setText(empty || row == null ? null : shown.apply(row));
                setTooltip(tip.isEmpty() ? null : new Tooltip(tip));
            }
        });
        c.setPrefWidth(width);
        return c;
    }

    private HBox tools() {
        TextField filter = new TextField();
        filter.setId("recipients-filter");
        filter.setPromptText(m.get("ui.recipients.filter.prompt"));
        filter.textProperty().bindBidirectional(vm.textFilterProperty());
        filter.setPrefColumnCount(22);
        subscriptions.add(() -> filter.textProperty().unbindBidirectional(vm.textFilterProperty()));
        Button pickShown = new Button(m.get("ui.recipients.pick_shown"));
        pickShown.setId("pick-shown");
        pickShown.getStyleClass().add("small-button");
        pickShown.setOnAction(e -> filtered.forEach(r -> r.pickedProperty().set(true)));
        Button pickNone = new Button(m.get("ui.recipients.pick_none"));
        pickNone.setId("pick-none");
        pickNone.getStyleClass().add("small-button");
        pickNone.setOnAction(e -> vm.rows().forEach(r -> r.pickedProperty().set(false)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        copied.setId("table-copied");
        copied.getStyleClass().add("text-good");
        TableExport export = new TableExport(text, List.of(m.get("ui.recipients.col.domain"),
                m.get("ui.recipients.col.punycode"), m.get("ui.recipients.col.provider"), m.get("ui.recipients.col.mx"),
                m.get("ui.recipients.col.evidence"), m.get("ui.recipients.col.hints")));
        Button copyText = new Button(m.get("ui.recipients.copy_text"));
        copyText.setId("copy-table-text");
        copyText.getStyleClass().add("small-button");
        copyText.setOnAction(e -> copy(export.plain(table.getItems())));
        Button copyCsv = new Button(m.get("ui.recipients.copy_csv"));
        copyCsv.setId("copy-table-csv");
        copyCsv.getStyleClass().add("small-button");
        copyCsv.setOnAction(e -> copy(export.csv(table.getItems())));
        for (Button b : List.of(pickShown, pickNone, copyText, copyCsv)) {
            b.setMinWidth(Button.USE_PREF_SIZE);
            b.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        }
        HBox row = new HBox(8, filter, pickShown, pickNone, spacer, copied, copyText, copyCsv);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void copy(String content) {
        ClipboardContent c = new ClipboardContent();
        c.putString(content);
        Clipboard.getSystemClipboard().setContent(c);
        copied.setText(m.get("ui.recipients.copied_rows", table.getItems().size()));
    }

    /** The Unicode name, with the punycode form beside it in grey and as a tooltip for IDNs. */
    private final class DomainCell extends TableCell<ResultRow, ResultRow> {
        @Override
        protected void updateItem(ResultRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setTooltip(null);
            setGraphic(null);
            if (empty || row == null) {
                return;
            }
            Label name = new Label(text.domain(row));
            name.getStyleClass().add("cell-text");
            name.setMinWidth(Label.USE_PREF_SIZE); // the name first; the punycode beside it may be cut
            HBox box = new HBox(6, name);
            box.setAlignment(Pos.CENTER_LEFT);
            text.ascii(row).ifPresent(ascii -> {
                Label secondary = new Label(ascii);
                secondary.getStyleClass().addAll("hint", "punycode");
                box.getChildren().add(secondary);
                setTooltip(new Tooltip(ascii));
            });
            setGraphic(box);
        }
    }

    /** The provider as a coloured chip of its family. */
    private final class BadgeCell extends TableCell<ResultRow, ResultRow> {
        private final Label chip = new Label();

        BadgeCell() {
            chip.getStyleClass().addAll("chip", "provider-badge");
            chip.setMinWidth(Label.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(ResultRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            chip.getStyleClass().removeIf(s -> s.startsWith("family-"));
            chip.getStyleClass().add(row.family().styleClass());
            chip.setText(text.provider(row));
            setGraphic(chip);
        }
    }
}
