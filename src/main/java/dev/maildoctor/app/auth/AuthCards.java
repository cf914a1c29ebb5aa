package dev.maildoctor.app.auth;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.core.auth.AuthReport;
import dev.maildoctor.core.auth.ChecklistItem;
import dev.maildoctor.core.auth.PtrFindings;
import dev.maildoctor.core.dkim.KeyState;
import dev.maildoctor.core.dkim.SelectorResult;
import dev.maildoctor.core.dmarc.Authorization;
import dev.maildoctor.core.dmarc.DmarcReport;
import dev.maildoctor.core.dmarc.ReportDestination;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.spf.SpfNode;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The result cards of the Sender authentication page: SPF, DKIM, DMARC, reverse DNS and the checklist. */
final class AuthCards {
    /** The lookup limit of RFC 7208, section 4.6.4. */
    static final int LOOKUP_LIMIT = 10;

    private final Messages m;

    AuthCards(Messages m) {
        this.m = m;
    }

    List<Node> cards(AuthReport r) {
        List<Node> cards = new ArrayList<>();
        cards.add(spf(r));
        cards.add(dkim(r));
        cards.add(dmarc(r.dmarc()));
        cards.add(ptr(r));
        cards.add(checklist(r));
        return cards;
    }

    private VBox spf(AuthReport r) {
        VBox card = card("auth-spf-card", "SPF", r.spfStatus());
        if (r.spfWithIp()) {
            card.getChildren().add(text(m.get("ui.auth.spf.result", r.spf().result().label())));
        }
        Label lookups = text(m.get("ui.auth.spf.lookups", r.spf().lookups(), LOOKUP_LIMIT, r.spf().voidLookups()));
        lookups.setId("auth-spf-lookups");
        card.getChildren().add(lookups);
        card.getChildren().add(record("auth-spf-record", r.spf().record().orElse(null)));
        TreeView<String> tree = new TreeView<>(item(r.spf().tree()));
        tree.setId("auth-spf-tree");
        tree.getStyleClass().add("auth-spf-tree");
        tree.setPrefHeight(Math.min(320, 28 * (count(r.spf().tree()) + 1)));
        card.getChildren().add(tree);
        problems(card, r.spf().problems());
        return card;
    }

    private TreeItem<String> item(SpfNode node) {
        TreeItem<String> item = new TreeItem<>(m.get("ui.auth.spf.node", node.domain(),
                node.record().orElse(m.get("ui.auth.no_record")), node.result().label(), node.totalLookups()));
        item.setExpanded(true);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        return item;
    }

    private static int count(SpfNode node) {
        return 1 + node.children().stream().mapToInt(AuthCards::count).sum();
    }

    private VBox dkim(AuthReport r) {
        VBox card = card("auth-dkim-card", "DKIM", r.dkim().status());
        card.getChildren().add(text(m.render(r.dkim().summary())));
        List<String> guessed = new ArrayList<>();
        for (SelectorResult s : r.dkim().results()) {
            if (s.state() == KeyState.NOT_FOUND && s.status() == Status.INFO) {
                guessed.add(s.candidate().selector()); // provider-known names: absence says nothing
                continue;
            }
            Label name = text(s.candidate().selector() + "._domainkey." + s.candidate().domain());
            name.getStyleClass().add("mono");
            HBox row = new HBox(10, chip(s.status()), name);
            row.setAlignment(Pos.CENTER_LEFT);
            if (s.keyType() != null) {
                Label key = text(s.keyBits() == null ? m.get("ui.auth.dkim.key_type", s.keyType())
                        : m.get("ui.auth.dkim.key", s.keyType(), s.keyBits()));
                key.getStyleClass().add("auth-dkim-key");
                row.getChildren().add(key);
            }
            VBox selector = new VBox(4, row);
            selector.getStyleClass().add("auth-dkim-selector");
            s.problems().forEach(p -> selector.getChildren().add(problem(p)));
            card.getChildren().add(selector);
        }
        if (!guessed.isEmpty()) {
            card.getChildren().add(Cards.hint(m.get("auth.text.dkim_guessed", String.join(", ", guessed))));
        }
        return card;
    }

    private VBox dmarc(DmarcReport d) {
        VBox card = card("auth-dmarc-card", "DMARC", d.status());
        card.getChildren().add(record("auth-dmarc-record", d.record().map(x -> x.text()).orElse(null)));
        for (ReportDestination dest : d.destinations()) {
            Label chip = new Label(m.get("ui.auth.dmarc.authorised." + dest.authorized().json()));
            chip.getStyleClass().addAll("chip", dest.authorized() == Authorization.YES ? "chip-not-listed"
                    : dest.authorized() == Authorization.NO ? "chip-listed" : "chip-error");
            chip.setMinWidth(Label.USE_PREF_SIZE);
            Label uri = text(m.get("ui.auth.dmarc.destination", dest.tag(), dest.uri()));
            HBox row = new HBox(10, chip, uri);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("auth-destination");
            card.getChildren().add(row);
        }
        problems(card, d.problems());
        d.advice().forEach(a -> card.getChildren().add(Cards.hint(m.render(a))));
        return card;
    }

    private VBox ptr(AuthReport r) {
        if (r.ptr().isEmpty()) {
            VBox card = Cards.card(m.get("ui.auth.ptr.title"), Cards.hint(m.get("ui.auth.ptr.skipped")));
            card.setId("auth-ptr-card");
            return card;
        }
        PtrFindings p = r.ptr().get();
        VBox card = card("auth-ptr-card", m.get("ui.auth.ptr.title"), p.status());
        card.getChildren().add(text(m.get("ui.auth.ptr.names", p.address(),
                p.names().isEmpty() ? "-" : String.join(", ", p.names()), m.get("fcrdns." + p.fcrdns().json()))));
        problems(card, p.problems());
        return card;
    }

    private VBox checklist(AuthReport r) {
        VBox card = Cards.card(m.get("ui.auth.checklist.title"));
        card.setId("auth-checklist-card");
        for (ChecklistItem item : r.checklist()) {
            Label message = text(m.render(item.message()));
            HBox.setHgrow(message, Priority.ALWAYS);
            HBox row = new HBox(10, chip(item.status()), message);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("auth-checklist-item");
            card.getChildren().add(row);
        }
        return card;
    }

    private VBox card(String id, String title, Status status) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        HBox head = new HBox(10, heading, chip(status));
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = Cards.card(null, head);
        card.setId(id);
        return card;
    }

    /** The coloured pill for a status, in the colours of the blocklist answers. */
    Label chip(Status status) {
        Label chip = new Label(m.get("status." + status.json()));
        String colour = switch (status) {
            case PASS -> "chip-not-listed";
            case WARN -> "chip-refused";
            case FAIL -> "chip-listed";
            default -> "chip-error";
        };
        chip.getStyleClass().addAll("chip", colour, "auth-status-" + status.json());
        chip.setMinWidth(Label.USE_PREF_SIZE);
        return chip;
    }

    private Node record(String id, String record) {
        TextField field = new TextField(record == null ? m.get("ui.auth.no_record") : record);
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add("mono");
        HBox.setHgrow(field, Priority.ALWAYS);
        Button copy = new Button(m.get("ui.auth.copy"));
        copy.setId(id + "-copy");
        copy.setMinWidth(Button.USE_PREF_SIZE);
        copy.setDisable(record == null);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(record);
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox row = new HBox(8, field, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void problems(VBox card, List<Msg> problems) {
        problems.forEach(p -> card.getChildren().add(problem(p)));
    }

    private Label problem(Msg p) {
        Label label = text("• " + m.render(p));
        label.getStyleClass().add("auth-problem");
        return label;
    }

    private static Label text(String s) {
        Label label = new Label(s);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
