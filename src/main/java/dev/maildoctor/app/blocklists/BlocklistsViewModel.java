package dev.maildoctor.app.blocklists;

import dev.maildoctor.app.common.DnsRun;
import dev.maildoctor.app.common.ProgressRelay;
import dev.maildoctor.app.settings.AppSettings;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.ResolverAddress;
import dev.maildoctor.core.dnsbl.DnsblChecker;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.DnsblRequest;
import dev.maildoctor.core.dnsbl.neighbourhood.NeighbourSample;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.network.Target;
import dev.maildoctor.core.network.TargetParser;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and actions of the Blocklists page: the input and its validation, running and cancelling a
 * check, its progress, and the report or the reason there is none. Lives as long as the window,
 * so a language switch re-renders the same report. Used on the FX thread only.
 */
public final class BlocklistsViewModel {
    private final DnsblChecker checker;
    private final Supplier<AppSettings> settings;
    private final Executor fxThread;
    private final Executor background;

    private final StringProperty target = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Target> parsed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Msg> targetProblem = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty neighbourhood = new SimpleBooleanProperty(true);
    private final ObjectProperty<Integer> sampleSize = new SimpleObjectProperty<>(NeighbourSample.DEFAULT_SIZE);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Msg> progressText = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DnsblReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Msg> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Msg> notice = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canCheck;
    private DnsRun current;

    public BlocklistsViewModel(DnsblChecker checker, Supplier<AppSettings> settings, Executor fxThread,
                               Executor background) {
        this.checker = checker;
        this.settings = settings;
        this.fxThread = fxThread;
        this.background = background;
        target.addListener((o, a, b) -> validate(b));
        canCheck = Bindings.createBooleanBinding(() -> parsed.get() != null && !running.get(), parsed, running);
    }

    public StringProperty targetProperty() {
        return target;
    }

    /** Why the input is not a target, or null (also null while the field is empty). */
    public ReadOnlyObjectProperty<Msg> targetProblemProperty() {
        return targetProblem.getReadOnlyProperty();
    }

    public BooleanProperty neighbourhoodProperty() {
        return neighbourhood;
    }

    public ObjectProperty<Integer> sampleSizeProperty() {
        return sampleSize;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DnsblReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last check produced no report (resolver settings, unexpected failure), or null. */
    public ReadOnlyObjectProperty<Msg> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** A neutral message such as "Check cancelled", or null. */
    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }

    public void check() {
        if (!canCheck.get()) {
            return;
        }
        DnsRun run = new DnsRun();
        current = run;
        AppSettings in = settings.get();
        DnsblRequest request = request(parsed.get(), in);
        running.set(true);
        report.set(null);
        failure.set(null);
        notice.set(null);
        progress.set(-1);
        progressText.set(Msg.of("ui.blocklists.progress.starting"));
        Progress engineProgress = new Progress(new ProgressRelay(fxThread, (done, total) -> {
            if (run == current) {
                progress.set(total == 0 ? -1 : (double) done / total);
                progressText.set(Msg.of("ui.blocklists.progress", done, total));
            }
        }));
        CompletableFuture.supplyAsync(() -> open(in), background)
                .thenCompose(dns -> checker.check(run.attach(dns), request, engineProgress))
                .whenCompleteAsync((result, error) -> finish(run, result, error), fxThread);
    }

    /** Stops the check: no further questions are sent, the page is idle again at once, the input stays. */
    public void cancel() {
        if (current == null) {
            return;
        }
        current.cancel();
        current = null;
        running.set(false);
        progress.set(0);
        progressText.set(null);
        notice.set(Msg.of("ui.blocklists.cancelled"));
    }

    private void finish(DnsRun run, DnsblReport result, Throwable error) {
        if (run != current) {
            return; // cancelled or replaced by a newer check
        }
        current = null;
        running.set(false);
        progress.set(error == null ? 1 : 0);
        progressText.set(null);
        if (error == null) {
            report.set(result);
        } else {
            failure.set(describe(error));
        }
    }

    private DnsblRequest request(Target t, AppSettings in) {
        DnsblRequest request = DnsblRequest.of(t).withDqsKey(in.dqsKeyOrNull());
        if (neighbourhood.get() && t instanceof Target.Ipv4) {
            int n = sampleSize.get() == null ? NeighbourSample.DEFAULT_SIZE : sampleSize.get();
            n = Math.max(1, Math.min(n, NeighbourSample.MAX_SIZE));
            request = request.withNeighbours(new DnsblRequest.NeighbourRequest(Optional.empty(), n));
        }
        return request;
    }

    /** Opens the resolver client; runs in the background because a resolver given by name needs a lookup. */
    private static Dns open(AppSettings in) {
        for (String resolver : in.effectiveResolvers()) {
            try {
                ResolverAddress.parse(resolver);
            } catch (IllegalArgumentException e) {
                throw new ResolverProblem(Msg.of("ui.blocklists.error.bad_resolver", resolver), e);
            }
        }
        try {
            return in.dnsSettings().open();
        } catch (IllegalArgumentException | IllegalStateException e) {
            Msg msg = in.effectiveResolvers().isEmpty()
                    ? Msg.of("ui.blocklists.error.no_system_resolvers")
                    : Msg.of("ui.blocklists.error.resolver_setup", String.valueOf(e.getMessage()));
            throw new ResolverProblem(msg, e);
        }
    }

    private static Msg describe(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof ResolverProblem p) {
            return p.msg();
        }
        if (e instanceof InvalidInputException i) {
            return i.msg();
        }
        if (e instanceof CancellationException) {
            return Msg.of("ui.blocklists.cancelled");
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return Msg.of("ui.blocklists.error.unexpected", detail);
    }

    private void validate(String text) {
        if (text == null || text.isBlank()) {
            parsed.set(null);
            targetProblem.set(null);
            return;
        }
        try {
            parsed.set(TargetParser.parse(text));
            targetProblem.set(null);
        } catch (InvalidInputException e) {
            parsed.set(null);
            targetProblem.set(e.msg());
        }
    }
}
