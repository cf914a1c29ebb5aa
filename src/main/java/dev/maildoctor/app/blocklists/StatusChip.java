package dev.maildoctor.app.blocklists;

import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.i18n.Messages;
import javafx.scene.control.Label;

/** The coloured pill for a list's answer: listed red, not listed green, refused amber, error grey. */
final class StatusChip {
    private StatusChip() {
    }

    static Label of(Messages m, ZoneStatus status) {
        return of(m.get("zone." + status.json()), status);
    }

    static Label of(String text, ZoneStatus status) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", "chip-" + status.json().replace('_', '-'));
        chip.setMinWidth(Label.USE_PREF_SIZE);
        return chip;
    }
}
