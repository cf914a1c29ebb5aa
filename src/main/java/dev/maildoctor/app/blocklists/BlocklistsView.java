package dev.maildoctor.app.blocklists;

import dev.maildoctor.app.common.Cards;
import dev.maildoctor.app.common.LinkOpener;
import dev.maildoctor.app.common.Navigator;
import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.app.common.PageView;
import dev.maildoctor.app.common.TwoColumns;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The Blocklists page: input and progress on top, the report (or help before the first run) below. */
public final class BlocklistsView implements PageView {
    public static final String PAGE_ID = "blocklists";
    private static final double OWNER_WIDTH = 340;
    /** Below this width the owner panel goes under the neighbourhood grid instead of beside it. */
    private static final double SIDE_BY_SIDE = 900;
    /** Where resolver problems are fixed (the Settings page's id). */
    private static final String SETTINGS_PAGE = "settings";

    private final BlocklistsViewModel vm;
    private final Messages m;
    private final LinkOpener links;
    private final Navigator navigator;
    private final int listCount;
    private final VBox root = new VBox();
    private final CheckForm form;
    private final VBox notices = new VBox(8);
    private final VBox results = new VBox(16);
    private final List<Subscription> subscriptions = new ArrayList<>();

    public BlocklistsView(BlocklistsViewModel vm, Messages m, LinkOpener links, Navigator navigator, int listCount) {
        this.vm = vm;
        this.m = m;
        this.links = links;
        this.navigator = navigator;
        this.listCount = listCount;
        this.form = new CheckForm(vm, m);
        root.getStyleClass().addAll("page", "blocklists-page");
        VBox top = new VBox(16, Cards.pageHeader(m.get("ui.blocklists.title"), m.get("ui.blocklists.subtitle")),
                form.node(), notices);
        top.getStyleClass().add("page-top");
        top.setMinHeight(Region.USE_PREF_SIZE); // shrink the results, never the input

        StackPane body = new StackPane(results, emptyState());
        body.getStyleClass().add("page-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(top, scroll);
        subscriptions.add(vm.reportProperty().subscribe(this::showReport));
        subscriptions.add(vm.failureProperty().subscribe(f -> showNotices()));
        subscriptions.add(vm.noticeProperty().subscribe(n -> showNotices()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void focusInput() {
        Platform.runLater(form::focus);
    }

    @Override
    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        form.dispose();
    }

    private Node emptyState() {
        VBox help = HelpCard.of(m, listCount);
        // Also shown while a check runs: something worth reading while the lists answer.
        help.visibleProperty().bind(vm.reportProperty().isNull());
        help.managedProperty().bind(help.visibleProperty());
        StackPane.setAlignment(help, Pos.TOP_LEFT);
        return help;
    }

    private void showNotices() {
        notices.getChildren().clear();
        Msg failure = vm.failureProperty().get();
        if (failure != null) {
            NoticeBar bar = new NoticeBar(NoticeBar.Kind.ERROR, m.render(failure))
                    .withAction(m.get("ui.blocklists.open_settings"), () -> navigator.show(SETTINGS_PAGE));
            bar.setId("check-failure");
            notices.getChildren().add(bar);
        }
        Msg notice = vm.noticeProperty().get();
        if (notice != null) {
            NoticeBar bar = new NoticeBar(NoticeBar.Kind.INFO, m.render(notice));
            bar.setId("check-notice");
            notices.getChildren().add(bar);
        }
    }

    private void showReport(DnsblReport report) {
        results.getChildren().clear();
        results.setVisible(report != null);
        if (report == null) {
            return;
        }
        results.getChildren().add(new ResultHeader(m, report).node());
        if (ReportDigest.nothingAnswered(report)) {
            String text = m.get("ui.blocklists.nothing_answered", report.resolver());
            NoticeBar bar = new NoticeBar(NoticeBar.Kind.WARNING, text)
                    .withAction(m.get("ui.blocklists.open_settings"), () -> navigator.show(SETTINGS_PAGE));
            bar.setId("nothing-answered");
            results.getChildren().add(bar);
        }
        report.neighbourhood().ifPresent(n -> results.getChildren().add(NeighbourhoodPane.verdictBanner(m, n)));
        ZoneTable table = new ZoneTable(m, links);
        table.show(ReportDigest.rows(report));
        VBox tableCard = Cards.card(null, table.node());
        tableCard.getStyleClass().add("table-card");
        report.notQueried().forEach(l -> tableCard.getChildren().add(Cards.hint(m.get("report.not_queried", l.name(),
                l.retiredNote() != null ? m.render(l.retiredNote()) : m.get("report.not_queried.kind")))));
        results.getChildren().add(tableCard);
        VBox neighbourhood = report.neighbourhood().map(n -> NeighbourhoodPane.of(m, report, n)).orElse(null);
        VBox owner = report.owner().map(o -> OwnerPanel.of(m, o)).orElse(null);
        if (neighbourhood != null && owner != null) {
            results.getChildren().add(new TwoColumns(neighbourhood, owner, OWNER_WIDTH, 16, SIDE_BY_SIDE));
        } else if (neighbourhood != null || owner != null) {
            results.getChildren().add(neighbourhood != null ? neighbourhood : owner);
        }
        VBox fixes = FixStepsPanel.of(m, report, links);
        if (fixes != null) {
            results.getChildren().add(fixes);
        }
    }
}
