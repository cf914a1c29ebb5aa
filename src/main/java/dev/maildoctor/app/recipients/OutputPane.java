package dev.maildoctor.app.recipients;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.relay.PostfixFiles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** What Generate made: the warnings, then one tab per file, the SPF change and the transport comparison. */
final class OutputPane {
    private final RelayViewModel vm;
    private final Messages m;
    private final VBox card;
    private final VBox notices = new VBox(8);
    private final TabPane tabs = new TabPane();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private SpfTab spf;
    private CompareTab compare;

    OutputPane(RelayViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        tabs.setId("output-tabs");
        tabs.getStyleClass().add("output-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        card = Cards.card(m.get("ui.recipients.output.title"), notices, tabs);
        card.setId("relay-output");
        subscriptions.add(vm.generatedProperty().subscribe(this::show));
        subscriptions.add(vm.generateProblemProperty().subscribe(p -> showNotices()));
    }

    VBox node() {
        return card;
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        disposeTabs();
    }

    private void disposeTabs() {
        if (spf != null) {
            spf.dispose();
            spf = null;
        }
        if (compare != null) {
            compare.dispose();
            compare = null;
        }
    }

    private void show(Generated generated) {
        String selected = tabs.getSelectionModel().getSelectedItem() == null ? null
                : tabs.getSelectionModel().getSelectedItem().getId();
        disposeTabs();
        tabs.getTabs().clear();
        showNotices();
        boolean any = generated != null;
        tabs.setVisible(any);
        tabs.setManaged(any);
        if (!any) {
            return;
        }
        PostfixFiles f = generated.files();
        tabs.getTabs().add(new FileTab(m, "main-cf", "main.cf", "main.cf.relay", f.mainCf(), null, false).tab());
        if (!f.masterCf().isEmpty()) {
            tabs.getTabs().add(new FileTab(m, "master-cf", "master.cf", "master.cf.relay", f.masterCf(), null, false)
                    .tab());
        }
        tabs.getTabs().add(new FileTab(m, "transport", "transport", "transport", f.transport(), null, false).tab());
        NoticeBar secret = null;
        if (generated.hasRealPassword()) {
            secret = new NoticeBar(NoticeBar.Kind.WARNING, m.get("ui.recipients.output.real_password"));
            secret.setId("password-warning");
        } else if (!f.saslPasswd().isEmpty()) {
            secret = new NoticeBar(NoticeBar.Kind.INFO, m.get("ui.recipients.output.placeholder"));
            secret.setId("placeholder-note");
        }
        String sasl = f.saslPasswd().isEmpty() ? m.get("ui.recipients.output.no_sasl") : f.saslPasswd();
        tabs.getTabs().add(new FileTab(m, "sasl-passwd", "sasl_passwd", "sasl_passwd", sasl, secret,
                generated.hasRealPassword()).tab());
        if (!f.tlsPolicy().isEmpty()) {
            tabs.getTabs().add(new FileTab(m, "tls-policy", "tls_policy", "tls_policy", f.tlsPolicy(), null, false)
                    .tab());
        }
        tabs.getTabs().add(new FileTab(m, "commands", m.get("ui.recipients.output.commands"), "commands.sh",
                String.join("\n", f.commands()) + "\n", null, false).tab());
        tabs.getTabs().add(new FileTab(m, "relayhost", m.get("ui.recipients.output.relayhost"), "relayhost.txt",
                f.relayhostAlternative(), new NoticeBar(NoticeBar.Kind.INFO, m.get("ui.recipients.output.relayhost.note")),
                false).tab());
        spf = new SpfTab(vm, m);
        compare = new CompareTab(vm, m);
        tabs.getTabs().addAll(spf.tab(), compare.tab());
        tabs.getTabs().stream().filter(t -> t.getId().equals(selected)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void showNotices() {
        notices.getChildren().clear();
        Msg problem = vm.generateProblemProperty().get();
        if (problem != null) {
            NoticeBar bar = new NoticeBar(NoticeBar.Kind.ERROR, m.render(problem));
            bar.setId("generate-problem");
            notices.getChildren().add(bar);
        }
        Generated g = vm.generatedProperty().get();
        if (g != null) {
            NoticeBar summary = new NoticeBar(NoticeBar.Kind.SUCCESS, m.get("ui.recipients.output.summary",
                    g.request().domains().size(), g.request().relay().postfix()));
            summary.setId("generate-summary");
            notices.getChildren().add(summary);
            for (Msg w : g.files().warnings()) {
                NoticeBar bar = new NoticeBar(NoticeBar.Kind.WARNING, m.render(w));
                bar.getStyleClass().add("postfix-warning");
                notices.getChildren().add(bar);
            }
        }
        boolean any = !notices.getChildren().isEmpty();
        notices.setVisible(any);
        notices.setManaged(any);
        card.setVisible(any || g != null);
        card.setManaged(card.isVisible());
    }
}
