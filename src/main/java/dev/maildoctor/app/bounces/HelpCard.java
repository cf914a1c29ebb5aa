package dev.maildoctor.app.bounces;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.core.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the page shows before the first analysis: what to paste or drop, and what comes back. */
final class HelpCard {
    private HelpCard() {
    }

    static VBox of(Messages m) {
        Label bounceTitle = new Label(m.get("ui.bounces.help.bounce.title"));
        bounceTitle.getStyleClass().add("section-title");
        Label logTitle = new Label(m.get("ui.bounces.help.log.title"));
        logTitle.getStyleClass().add("section-title");
        VBox help = Cards.card(m.get("ui.bounces.help.title"),
                bounceTitle, Cards.hint(m.get("ui.bounces.help.bounce")),
                Cards.hint(m.get("ui.bounces.help.followup")),
                logTitle, Cards.hint(m.get("ui.bounces.help.log")),
                Cards.hint(m.get("ui.bounces.help.private")));
        help.setId("bounces-empty-state");
        help.getStyleClass().add("help-card");
        return help;
    }
}
