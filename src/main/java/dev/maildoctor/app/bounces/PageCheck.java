package dev.maildoctor.app.bounces;

import dev.maildoctor.app.blocklists.BlocklistsViewModel;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.model.Msg;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.ReadOnlyDoubleProperty;

/**
 * The follow-up runs the Blocklists page's own check, so its full result is waiting there when
 * the user opens that page: the target is set to the sending address, neighbours are included,
 * and the report (or the page's failure or cancel notice) completes the stage.
 */
public final class PageCheck implements BlocklistRunner {
    private final BlocklistsViewModel page;

    public PageCheck(BlocklistsViewModel page) {
        this.page = page;
    }

    @Override
    public CompletionStage<DnsblReport> run(String address) {
        if (page.runningProperty().get()) {
            return CompletableFuture.failedFuture(new FollowUpProblem(Msg.of("ui.bounces.followup.busy")));
        }
        page.neighbourhoodProperty().set(true);
        page.targetProperty().set(address);
        if (!page.canCheckProperty().get()) {
            Msg why = page.targetProblemProperty().get();
            return CompletableFuture.failedFuture(new FollowUpProblem(
                    why != null ? why : Msg.of("ui.bounces.followup.busy")));
        }
        CompletableFuture<DnsblReport> result = new CompletableFuture<>();
        ChangeListener<DnsblReport> onReport = (o, old, report) -> {
            if (report != null) {
                result.complete(report);
            }
        };
        ChangeListener<Msg> onFailure = (o, old, failure) -> {
            if (failure != null) {
                result.completeExceptionally(new FollowUpProblem(failure));
            }
        };
        ChangeListener<Msg> onNotice = (o, old, notice) -> {
            if (notice != null) {
                result.completeExceptionally(new FollowUpProblem(notice));
            }
        };
        page.reportProperty().addListener(onReport);
        page.failureProperty().addListener(onFailure);
        page.noticeProperty().addListener(onNotice);
        result.whenComplete((r, e) -> {
            page.reportProperty().removeListener(onReport);
            page.failureProperty().removeListener(onFailure);
            page.noticeProperty().removeListener(onNotice);
        });
        page.check();
        return result;
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return page.progressProperty();
    }

    @Override
    public void cancel() {
        page.cancel();
    }
}
