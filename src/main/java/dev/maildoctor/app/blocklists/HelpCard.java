package dev.maildoctor.app.blocklists;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** What the page shows before the first check: what it does and how to read its answers. */
final class HelpCard {
    private HelpCard() {
    }

    static VBox of(Messages m, int listCount) {
        VBox statuses = new VBox(8);
        for (ZoneStatus s : ZoneStatus.values()) {
            Label chip = StatusChip.of(m, s);
            chip.setMinWidth(110);
            chip.setAlignment(Pos.CENTER);
            Label text = Cards.hint(m.get("ui.blocklists.help.status." + s.json()));
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(12, chip, text);
            row.setAlignment(Pos.TOP_LEFT);
            statuses.getChildren().add(row);
        }
        Label statusTitle = new Label(m.get("ui.blocklists.help.statuses"));
        statusTitle.getStyleClass().add("section-title");
        VBox help = Cards.card(m.get("ui.blocklists.help.title"),
                Cards.hint(m.get("ui.blocklists.help.what", listCount)),
                Cards.hint(m.get("ui.blocklists.help.neighbourhood")),
                statusTitle, statuses,
                Cards.hint(m.get("ui.blocklists.help.where")));
        help.setId("empty-state");
        help.getStyleClass().add("help-card");
        return help;
    }
}
