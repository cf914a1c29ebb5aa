package dev.maildoctor.app.bounces;

import dev.maildoctor.app.common.LinkOpener;
import dev.maildoctor.app.common.Navigator;
import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.core.diagnosis.ProofConclusion;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.report.BounceFile;
import dev.maildoctor.report.BounceFollowUp;
import dev.maildoctor.report.BounceTextReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

/** Every message read: a heading (source, format, sending server) and one card per recipient. */
final class BounceResults {
    private final VBox root = new VBox(14);
    private final List<RecipientCard> cards = new ArrayList<>();

    BounceResults(BouncesViewModel vm, Messages m, LinkOpener links, Navigator navigator, List<BounceFile> files) {
        root.setId("bounce-list");
        boolean first = true;
        for (BounceFile file : files) {
            for (BounceReport report : file.reports()) {
                HBox heading = heading(m, file, report);
                if (first) {
                    Region spacer = new Region();
                    HBox.setHgrow(spacer, Priority.ALWAYS);
                    heading.getChildren().addAll(spacer, copyButton(vm, m, files));
                    first = false;
                }
                root.getChildren().add(heading);
                if (!report.isBounce()) {
                    String why = report.notice().map(m::render).orElse(m.get("ui.bounces.not_bounce.plain"));
                    NoticeBar bar = new NoticeBar(NoticeBar.Kind.WARNING, m.get("ui.bounces.not_bounce", why));
                    bar.getStyleClass().add("not-bounce");
                    root.getChildren().add(bar);
                    continue;
                }
                report.notice().ifPresent(n -> {
                    NoticeBar bar = new NoticeBar(NoticeBar.Kind.INFO, m.render(n));
                    bar.getStyleClass().add("bounce-notice");
                    root.getChildren().add(bar);
                });
                if (report.recipients().isEmpty()) {
                    root.getChildren().add(new NoticeBar(NoticeBar.Kind.INFO, m.get("ui.bounces.no_recipients")));
                }
                for (FailedRecipient r : report.recipients()) {
                    RecipientCard card = new RecipientCard(vm, m, links, navigator, report, r);
                    cards.add(card);
                    root.getChildren().add(card.node());
                }
            }
        }
    }

    Node node() {
        return root;
    }

    void dispose() {
        cards.forEach(RecipientCard::dispose);
    }

    /** Copies every message's explanation, with the blocklist conclusions reached so far, as plain text. */
    private static Button copyButton(BouncesViewModel vm, Messages m, List<BounceFile> files) {
        Button copy = new Button(m.get("ui.bounces.copy"));
        copy.setId("copy-bounces");
        copy.setMinWidth(Button.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            BounceTextReport text = new BounceTextReport(m, vm::explain);
            String all = files.stream().map(f -> withFollowUps(vm, f)).map(text::render)
                    .collect(Collectors.joining("\n"));
            ClipboardContent content = new ClipboardContent();
            content.putString(all);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(m.get("ui.bounces.copied"));
            PauseTransition back = new PauseTransition(Duration.seconds(2));
            back.setOnFinished(done -> copy.setText(m.get("ui.bounces.copy")));
            back.play();
        });
        return copy;
    }

    /** The file with the blocklist checks done on this page and the conclusions they lead to. */
    static BounceFile withFollowUps(BouncesViewModel vm, BounceFile file) {
        Map<String, DnsblReport> checks = new LinkedHashMap<>();
        Map<FailedRecipient, ProofConclusion> conclusions = new HashMap<>();
        for (BounceReport report : file.reports()) {
            for (FailedRecipient r : report.recipients()) {
                Optional<String> ip = BounceFollowUp.address(report, r, vm.explain(r));
                FollowUp f = ip.map(vm.followUps()::get).orElse(null);
                if (f != null && f.state() == FollowUp.State.DONE) {
                    checks.put(ip.get(), f.report());
                    conclusions.put(r, vm.conclusion(r, ip.get(), f.report()));
                }
            }
        }
        return new BounceFile(file.file(), file.reports(), checks, conclusions);
    }

    private static HBox heading(Messages m, BounceFile file, BounceReport report) {
        String source = LoadJob.PASTED.equals(file.file()) ? m.get("ui.bounces.pasted") : file.file();
        Label title = new Label(file.reports().size() > 1
                ? m.get("ui.bounces.source.message", source, report.index(), file.reports().size()) : source);
        title.getStyleClass().add("result-target");
        HBox line = new HBox(10, title);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("bounce-heading");
        if (report.isBounce() && report.format() != null && !report.format().isBlank()) {
            Label format = new Label(m.get("ui.bounces.format", report.format()));
            format.getStyleClass().addAll("badge", "format-badge");
            line.getChildren().add(format);
        }
        if (report.isBounce()) {
            Label sender = new Label(BounceFollowUp.sendingIp(report).map(ip -> m.get("ui.bounces.sending_ip", ip))
                    .orElse(m.get("ui.bounces.sending_ip.none")));
            sender.setId("sending-ip");
            sender.getStyleClass().add("hint");
            line.getChildren().add(sender);
        }
        return line;
    }
}
