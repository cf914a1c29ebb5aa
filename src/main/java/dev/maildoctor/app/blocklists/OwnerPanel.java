package dev.maildoctor.app.blocklists;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.network.Fcrdns;
import dev.maildoctor.core.network.NetworkOwner;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Who the address belongs to: reverse name (and whether it looks generated), AS, prefix, holder, country. */
final class OwnerPanel {
    private OwnerPanel() {
    }

    static VBox of(Messages m, NetworkOwner o) {
        String none = m.get("report.none");
        String unknown = m.get("ui.blocklists.owner.unknown");
        VBox facts = new VBox(10);
        facts.setId("owner-panel");
        facts.getStyleClass().add("facts");

        Label ptr = value(o.ptr().orElse(o.fcrdns() == Fcrdns.UNKNOWN ? unknown : none));
        ptr.setId("owner-ptr");
        HBox ptrRow = new HBox(8, ptr);
        ptrRow.setAlignment(Pos.CENTER_LEFT);
        if (o.ptrGeneric()) {
            Label generic = new Label(m.get("ui.blocklists.owner.generic"));
            generic.getStyleClass().addAll("badge", "badge-warning");
            generic.setMinWidth(Label.USE_PREF_SIZE);
            ptrRow.getChildren().add(generic);
        }
        facts.getChildren().add(fact(m.get("ui.blocklists.owner.ptr"), ptrRow));
        Label fcrdns = value(m.get("fcrdns." + o.fcrdns().json()));
        fcrdns.getStyleClass().add(o.fcrdns() == Fcrdns.CONFIRMED ? "text-good" : "text-bad");
        facts.getChildren().add(fact(m.get("ui.blocklists.owner.fcrdns"), fcrdns));
        String as = o.asn().map(a -> "AS" + a).orElse(unknown);
        facts.getChildren().add(fact(m.get("ui.blocklists.owner.asn"), value(as)));
        facts.getChildren().add(fact(m.get("ui.blocklists.owner.holder"), value(or(o.holder(), unknown))));
        facts.getChildren().add(fact(m.get("ui.blocklists.owner.prefix"), value(or(o.prefix(), unknown))));
        String country = o.country().map(c -> o.registry().map(r -> c + " (" + r.toUpperCase(Locale.ROOT) + ")")
                .orElse(c)).orElse(unknown);
        facts.getChildren().add(fact(m.get("ui.blocklists.owner.country"), value(country)));

        VBox card = Cards.card(m.get("report.owner"), facts);
        if (o.ptrGeneric()) {
            card.getChildren().add(Cards.hint(m.get("ui.blocklists.owner.generic.explain")));
        }
        if (!o.complete()) {
            card.getChildren().add(Cards.hint(m.get("report.owner.incomplete")));
        }
        return card;
    }

    /** A caption above its value: long values (host names, holders) get the card's full width. */
    private static VBox fact(String key, javafx.scene.Node value) {
        Label caption = new Label(key);
        caption.getStyleClass().add("fact-key");
        return new VBox(2, caption, value);
    }

    private static String or(Optional<String> value, String fallback) {
        return value.filter(v -> !v.isBlank()).orElse(fallback);
    }

    private static Label value(String text) {
        Label value = new Label(text);
        value.getStyleClass().add("fact-value");
        value.setWrapText(true);
        return value;
    }
}
