package dev.maildoctor.app.blocklists;

import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.report.DnsblTextReport;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Above the table: the target, the overall status, the counts, and "Copy as text". */
final class ResultHeader {
    private final VBox root;

    ResultHeader(Messages m, DnsblReport report) {
        Label target = new Label(report.target().display());
        target.getStyleClass().add("result-target");
        String status = report.status().json();
        Label overall = new Label(m.get("ui.blocklists.overall." + status));
        overall.setId("overall-status");
        overall.getStyleClass().addAll("badge", "overall-" + status);
        overall.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copy = new Button(m.get("ui.blocklists.copy"));
        copy.setId("copy-button");
        copy.setMinWidth(Button.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(new DnsblTextReport(m).render(report));
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(m.get("ui.blocklists.copied"));
            PauseTransition back = new PauseTransition(Duration.seconds(2));
            back.setOnFinished(done -> copy.setText(m.get("ui.blocklists.copy")));
            back.play();
        });
        HBox title = new HBox(12, target, overall, spacer, copy);
        title.setAlignment(Pos.CENTER_LEFT);

        HBox counts = new HBox(8);
        counts.setId("summary");
        counts.setAlignment(Pos.CENTER_LEFT);
        for (ZoneStatus s : ZoneStatus.values()) {
            Label chip = StatusChip.of(m.get("ui.blocklists.count." + s.json(), report.count(s)), s);
            if (report.count(s) == 0) {
                chip.getStyleClass().add("chip-zero");
            }
            counts.getChildren().add(chip);
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(m.locale())
                .withZone(ZoneId.systemDefault()).format(report.started());
        Label meta = new Label(m.get("ui.blocklists.meta", report.results().size(), report.resolver(),
                String.format(m.locale(), "%.1f", report.elapsed().toMillis() / 1000.0), when));
        meta.getStyleClass().add("hint");
        meta.setWrapText(true);
        HBox.setHgrow(meta, Priority.ALWAYS);
        counts.getChildren().add(meta);
        HBox.setMargin(meta, new javafx.geometry.Insets(0, 0, 0, 8));
        root = new VBox(10, title, counts);
        root.getStyleClass().add("result-header");
    }

    Node node() {
        return root;
    }
}
