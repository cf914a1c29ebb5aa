package dev.maildoctor.app.recipients;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.app.common.PageView;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.recipients.ProviderRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The Recipients & relay page: recipient domains in (pasted, files, mail logs), where each one's
 * mail goes (MX → provider), and the Postfix relay configuration and SPF change for the chosen
 * ones. The view is rebuilt on a language switch; everything typed lives in the view-model.
 */
public final class RecipientsView implements PageView {
    public static final String PAGE_ID = "recipients";
    /** A fork: one road straight on, one turning off to a relay. */
    public static final String GLYPH = "M11 22V11.4L5.3 5.7 4 7V2h5L7.7 3.3l5.3 5.3V22Z"
            + "M13.8 10.4 16.3 7.9 14.4 6H20v5.6l-1.9-1.9-2.6 2.5Z";

    private final RecipientsViewModel vm;
    private final Messages m;
    private final VBox root = new VBox();
    private final InputPanel input;
    private final ResultsTable results;
    private final RelayForm relay;
    private final OutputPane output;
    private final VBox notices = new VBox(8);
    private final ScrollPane scroll;
    private final List<Subscription> subscriptions = new ArrayList<>();

    public RecipientsView(RecipientsViewModel vm, Messages m, Supplier<ProviderRules> rules) {
        this.vm = vm;
        this.m = m;
        this.input = new InputPanel(vm, m);
        this.results = new ResultsTable(vm, m, new RowText(m, rules));
        this.relay = new RelayForm(vm.relay(), m);
        this.output = new OutputPane(vm.relay(), m);
        root.getStyleClass().addAll("page", "recipients-page");
        VBox top = new VBox(Cards.pageHeader(m.get("ui.recipients.title"), m.get("ui.recipients.subtitle")));
        top.getStyleClass().add("page-top");
        top.setMinHeight(Region.USE_PREF_SIZE);
        notices.setId("recipients-notices");
        VBox body = new VBox(16, input.node(), notices, results.node(), relay.node(), output.node());
        body.getStyleClass().add("page-body");
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(top, scroll);
        input.acceptDrops(root);
        subscriptions.add(vm.noticeProperty().subscribe(n -> showNotices()));
        subscriptions.add(vm.problemsProperty().subscribe(n -> showNotices()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusInput() {
        Platform.runLater(input::focus);
    }

    @Override
    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        input.dispose();
        results.dispose();
        relay.dispose();
        output.dispose();
    }

    /** The page's scroll pane (the demo scrolls it for screenshots). */
    public ScrollPane scrollPane() {
        return scroll;
    }

    private void showNotices() {
        notices.getChildren().clear();
        for (Msg problem : vm.problemsProperty().get()) {
            NoticeBar bar = new NoticeBar(NoticeBar.Kind.ERROR, m.render(problem));
            bar.getStyleClass().add("recipients-problem");
            notices.getChildren().add(bar);
        }
        Msg notice = vm.noticeProperty().get();
        if (notice != null) {
            NoticeBar bar = new NoticeBar(NoticeBar.Kind.INFO, m.render(notice));
            bar.setId("recipients-notice");
            notices.getChildren().add(bar);
        }
        notices.setVisible(!notices.getChildren().isEmpty());
        notices.setManaged(notices.isVisible());
    }
}
