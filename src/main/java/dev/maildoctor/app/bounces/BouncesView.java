package dev.maildoctor.app.bounces;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.LinkOpener;
import dev.maildoctor.app.common.Navigator;
import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.app.common.PageView;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The Bounces & logs page: paste or drop on top; below, what each bounce says (with the
 * blocklist follow-up) and the story of the mail logs; a short guide before the first analysis.
 */
public final class BouncesView implements PageView {
    public static final String PAGE_ID = "bounces";

    private final BouncesViewModel vm;
    private final Messages m;
    private final LinkOpener links;
    private final Navigator navigator;
    private final VBox root = new VBox();
    private final InputPanel input;
    private final VBox notices = new VBox(8);
    private final VBox results = new VBox(16);
    private final ScrollPane scroll;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private BounceResults bounceResults;
    private LogSummaryPane logPane;

    public BouncesView(BouncesViewModel vm, Messages m, LinkOpener links, Navigator navigator) {
        this.vm = vm;
        this.m = m;
        this.links = links;
        this.navigator = navigator;
        this.input = new InputPanel(vm, m);
        root.getStyleClass().addAll("page", "bounces-page");
        VBox top = new VBox(16, Cards.pageHeader(m.get("ui.bounces.title"), m.get("ui.bounces.subtitle")),
                input.node(), notices);
        top.getStyleClass().add("page-top");
        top.setMinHeight(Region.USE_PREF_SIZE);
        results.getStyleClass().add("page-body");
        results.setId("bounce-results");
        scroll = new ScrollPane(results);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(top, scroll);
        input.acceptDrops(root);
        subscriptions.add(vm.analysisProperty().subscribe(this::show));
        subscriptions.add(vm.noticeProperty().subscribe(n -> showNotices()));
        subscriptions.add(vm.runningProperty().subscribe(running -> {
            if (!running && vm.analysisProperty().get() == null) {
                show(null); // cancelled: the guide again
            }
        }));
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
        if (bounceResults != null) {
            bounceResults.dispose();
        }
        if (logPane != null) {
            logPane.dispose();
        }
    }

    /** The scroll pane of the results (the demo scrolls it for screenshots). */
    public ScrollPane scrollPane() {
        return scroll;
    }

    private void show(Analysis analysis) {
        if (bounceResults != null) {
            bounceResults.dispose();
            bounceResults = null;
        }
        if (logPane != null) {
            logPane.dispose();
            logPane = null;
        }
        results.getChildren().clear();
        showNotices();
        if (analysis == null) {
            if (!vm.runningProperty().get()) {
                results.getChildren().add(HelpCard.of(m));
            }
            return;
        }
        if (!analysis.bounces().isEmpty()) {
            bounceResults = new BounceResults(vm, m, links, navigator, analysis.bounces());
            results.getChildren().add(bounceResults.node());
        }
        analysis.log().ifPresent(summary -> {
            logPane = new LogSummaryPane(vm, m, summary, analysis.logFiles());
            results.getChildren().add(logPane.node());
        });
        if (analysis.isEmpty()) {
            results.getChildren().add(HelpCard.of(m));
        }
        scroll.setVvalue(0);
    }

    private void showNotices() {
        notices.getChildren().clear();
        Analysis analysis = vm.analysisProperty().get();
        if (analysis != null) {
            for (Msg problem : analysis.problems()) {
                NoticeBar bar = new NoticeBar(NoticeBar.Kind.ERROR, m.render(problem));
                bar.getStyleClass().add("load-problem");
                notices.getChildren().add(bar);
            }
        }
        Msg notice = vm.noticeProperty().get();
        if (notice != null) {
            NoticeBar bar = new NoticeBar(NoticeBar.Kind.INFO, m.render(notice));
            bar.setId("load-notice");
            notices.getChildren().add(bar);
        }
    }
}
