package dev.maildoctor.app.bounces;

import dev.maildoctor.app.common.Navigator;
import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.core.diagnosis.ProofConclusion;
import dev.maildoctor.core.diagnosis.ProviderNames;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * From bounce to proof: offers the Blocklists check of the sending address, shows it running, and
 * then the one conclusion that combines what the receiver said with what the lists say, with the
 * way to the full result on the Blocklists page.
 */
final class FollowUpBox {
    /** The Blocklists page's id. */
    private static final String BLOCKLISTS_PAGE = "blocklists";
    private static final String SETTINGS_PAGE = "settings";

    private final BouncesViewModel vm;
    private final Messages m;
    private final Navigator navigator;
    private final FailedRecipient recipient;
    private final Optional<String> address;
    private final VBox root = new VBox(10);
    private final MapChangeListener<String, FollowUp> listener;

    /** @param address the sending server's address, when the bounce names it */
    FollowUpBox(BouncesViewModel vm, Messages m, Navigator navigator, FailedRecipient r, Optional<String> address) {
        this.vm = vm;
        this.m = m;
        this.navigator = navigator;
        this.recipient = r;
        this.address = address;
        root.getStyleClass().add("followup");
        listener = change -> {
            if (address.isPresent() && change.getKey().equals(address.get())) {
                render();
            }
        };
        vm.followUps().addListener(listener);
        render();
    }

    Node node() {
        return root;
    }

    void dispose() {
        vm.followUps().removeListener(listener);
    }

    private void render() {
        root.getChildren().clear();
        root.getStyleClass().removeIf(c -> c.startsWith("followup-"));
        if (address.isEmpty()) {
            root.getStyleClass().add("followup-offer");
            root.getChildren().add(row(text(m.get("ui.bounces.followup.no_ip")),
                    button(m.get("ui.bounces.followup.open_blocklists"), "followup-open",
                            () -> navigator.show(BLOCKLISTS_PAGE))));
            return;
        }
        String ip = address.get();
        FollowUp state = vm.followUps().get(ip);
        if (state == null) {
            offer(ip);
        } else if (state.state() == FollowUp.State.RUNNING) {
            running(ip);
        } else if (state.state() == FollowUp.State.DONE) {
            done(ip, state.report());
        } else {
            failed(ip, state.problem());
        }
    }

    private void offer(String ip) {
        root.getStyleClass().add("followup-offer");
        String provider = m.render(ProviderNames.inSentence(recipient.provider()));
        Button check = button(m.get("ui.bounces.followup.check", ip), "followup-button", () -> vm.checkBlocklists(ip));
        check.getStyleClass().add("primary");
        root.getChildren().add(row(text(m.get("ui.bounces.followup.offer", provider, ip)), check));
    }

    private void running(String ip) {
        root.getStyleClass().add("followup-running");
        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("followup-progress");
        bar.progressProperty().bind(vm.blocklists().progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = button(m.get("ui.bounces.cancel"), "followup-cancel", () -> vm.blocklists().cancel());
        root.getChildren().addAll(text(m.get("ui.bounces.followup.running", ip)), row(bar, cancel));
    }

    private void done(String ip, DnsblReport report) {
        ProofConclusion proof = vm.conclusion(recipient, ip, report);
        String kind = proof.kind().json().replace('_', '-');
        root.getStyleClass().addAll("followup-done", "followup-proof-" + kind);
        Label title = new Label(m.get("ui.bounces.followup.title", ip));
        title.getStyleClass().add("section-title");
        // What the check proves about this bounce, not the check's own overall status: a range that is
        // burned stays burned even when one list declined to answer.
        Label verdict = new Label(m.get("ui.bounces.proof." + proof.kind().json()));
        verdict.getStyleClass().addAll("badge", "proof-badge", "proof-" + kind);
        verdict.setMinWidth(Label.USE_PREF_SIZE);
        HBox head = new HBox(10, title, verdict);
        head.setAlignment(Pos.CENTER_LEFT);
        Label conclusion = text(m.render(proof.message()));
        conclusion.getStyleClass().add("followup-conclusion");
        FlowPane facts = new FlowPane(8, 6);
        facts.setAlignment(Pos.CENTER_LEFT);
        for (ZoneStatus s : ZoneStatus.values()) {
            Label chip = new Label(m.get("ui.blocklists.count." + s.json(), report.count(s)));
            chip.getStyleClass().addAll("chip", "chip-" + s.json().replace('_', '-'));
            if (report.count(s) == 0) {
                chip.getStyleClass().add("chip-zero");
            }
            facts.getChildren().add(chip);
        }
        Button open = button(m.get("ui.bounces.followup.open"), "followup-open", () -> navigator.show(BLOCKLISTS_PAGE));
        Button again = button(m.get("ui.bounces.followup.again"), "followup-again", () -> vm.checkBlocklists(ip));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, facts, spacer, open, again);
        bottom.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(facts, Priority.ALWAYS);
        root.getChildren().addAll(head, conclusion, bottom);
    }

    private void failed(String ip, Msg problem) {
        root.getStyleClass().add("followup-failed");
        NoticeBar bar = new NoticeBar(NoticeBar.Kind.ERROR, m.render(problem))
                .withAction(m.get("ui.bounces.followup.again"), () -> vm.checkBlocklists(ip))
                .withAction(m.get("ui.blocklists.open_settings"), () -> navigator.show(SETTINGS_PAGE));
        bar.getStyleClass().add("followup-problem");
        bar.getChildren().get(bar.getChildren().size() - 1).getStyleClass().add("followup-settings");
        root.getChildren().add(bar);
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("step-text");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static HBox row(Node grow, Node... rest) {
        HBox.setHgrow(grow, Priority.ALWAYS);
        List<Node> nodes = new ArrayList<>();
        nodes.add(grow);
        nodes.addAll(List.of(rest));
        HBox row = new HBox(12, nodes.toArray(Node[]::new));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button button(String text, String styleClass, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add(styleClass);
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
