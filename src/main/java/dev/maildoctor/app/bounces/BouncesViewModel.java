package dev.maildoctor.app.bounces;

import dev.maildoctor.app.common.ProgressRelay;
import dev.maildoctor.core.diagnosis.BounceProof;
import dev.maildoctor.core.diagnosis.ProofConclusion;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.kb.KnowledgeEntry;
import dev.maildoctor.core.message.bounce.BounceDecoder;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * State and actions of the Bounces & logs page: the pasted text, loading files or text in the
 * background (with progress and cancel), the last analysis, the blocklist follow-ups by sending
 * address, and the log filters. Lives as long as the window, so switching the language keeps
 * everything, the text the user typed above all. Used on the FX thread only.
 */
public final class BouncesViewModel {
    private final BounceDecoder decoder;
    private final LogAnalysis logs;
    private final Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge;
    private final BlocklistRunner blocklists;
    private final Executor fxThread;
    private final Executor background;

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Msg> progressText = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Msg> notice = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<String, FollowUp> followUps = FXCollections.observableHashMap();
    private final BooleanProperty showSent = new SimpleBooleanProperty(true);
    private final BooleanProperty showDeferred = new SimpleBooleanProperty(true);
    private final BooleanProperty showBounced = new SimpleBooleanProperty(true);
    private final StringProperty domainFilter = new SimpleStringProperty("");
    /** Explanations looked up in the background after decoding, so rendering does not wait for the knowledge base. */
    private final Map<FailedRecipient, Optional<KnowledgeEntry>> explained = new ConcurrentHashMap<>();
    private AtomicBoolean current;

    public BouncesViewModel(BounceDecoder decoder, LogAnalysis logs,
                            Function<FailedRecipient, Optional<KnowledgeEntry>> knowledge, BlocklistRunner blocklists,
                            Executor fxThread, Executor background) {
        this.decoder = decoder;
        this.logs = logs;
        this.knowledge = knowledge;
        this.blocklists = blocklists;
        this.fxThread = fxThread;
        this.background = background;
    }

    /** The paste area's text. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last analysis, or null before the first one (and while one runs). */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** A neutral message such as "Loading cancelled", or null. */
    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Blocklist follow-ups by sending address. */
    public ObservableMap<String, FollowUp> followUps() {
        return followUps;
    }

    public BooleanProperty showSentProperty() {
        return showSent;
    }

    public BooleanProperty showDeferredProperty() {
        return showDeferred;
    }

    public BooleanProperty showBouncedProperty() {
        return showBounced;
    }

    public StringProperty domainFilterProperty() {
        return domainFilter;
    }

    public Optional<KnowledgeEntry> explain(FailedRecipient recipient) {
        return explained.computeIfAbsent(recipient, r -> {
            try {
                return knowledge.apply(r);
            } catch (RuntimeException e) {
                return Optional.empty(); // an explanation is a help, never a reason to lose the result
            }
        });
    }

    /**
     * The one conclusion that combines what the receiver said about this recipient with the
     * Blocklists check of the sending address.
     */
    public ProofConclusion conclusion(FailedRecipient recipient, String address, DnsblReport report) {
        return new BounceProof(this::explain).conclude(recipient, address, report);
    }

    public BlocklistRunner blocklists() {
        return blocklists;
    }

    /** Analyses the pasted text (a bounce, or Postfix log lines). */
    public void analyzeText() {
        String input = text.get() == null ? "" : text.get();
        start((job) -> job.text(input));
    }

    /** Analyses dropped or opened files: messages are decoded, logs summarised together. */
    public void open(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        List<Path> copy = List.copyOf(files);
        start((job) -> job.files(copy));
    }

    /** Stops loading: the page is idle again at once; the text and the previous input stay. */
    public void cancel() {
        if (current == null) {
            return;
        }
        current.set(true);
        current = null;
        running.set(false);
        progress.set(0);
        progressText.set(null);
        notice.set(Msg.of("ui.bounces.cancelled"));
    }

    /** Runs the Blocklists check on a sending address (one at a time per address). */
    public void checkBlocklists(String address) {
        FollowUp existing = followUps.get(address);
        if (existing != null && existing.state() == FollowUp.State.RUNNING) {
            return;
        }
        followUps.put(address, FollowUp.running(address));
        blocklists.run(address).whenComplete((report, error) -> {
            if (error == null) {
                followUps.put(address, FollowUp.done(address, report));
            } else {
                followUps.put(address, FollowUp.failed(address, describe(error)));
            }
        });
    }

    private interface Step {
        Analysis run(LoadJob job) throws Exception;
    }

    private void start(Step step) {
        if (current != null) {
            current.set(true);
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        current = cancelled;
        explained.clear();
        running.set(true);
        notice.set(null);
        analysis.set(null);
        progress.set(-1);
        progressText.set(Msg.of("ui.bounces.progress.reading"));
        Progress relay = new Progress(new ProgressRelay(fxThread, (done, total) -> {
            if (current == cancelled && total > 0) {
                progress.set(Math.min(1, (double) done / total));
                progressText.set(Msg.of("ui.bounces.progress", Math.round(100.0 * done / total)));
            }
        }));
        LoadJob job = new LoadJob(decoder, logs, relay, cancelled::get);
        CompletableFuture.supplyAsync(() -> {
            try {
                Analysis result = step.run(job);
                result.bounces().forEach(f -> f.reports().forEach(r -> r.recipients().forEach(this::explain)));
                return result;
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, background).whenCompleteAsync((result, error) -> finish(cancelled, result, error), fxThread);
    }

    private void finish(AtomicBoolean run, Analysis result, Throwable error) {
        if (run != current) {
            return; // cancelled or replaced by a newer analysis
        }
        current = null;
        running.set(false);
        progress.set(0);
        progressText.set(null);
        followUps.clear();
        if (error == null) {
            analysis.set(result);
        } else {
            Msg problem = describe(error);
            analysis.set(new Analysis(List.of(), Optional.empty(), List.of(), List.of(problem)));
        }
    }

    private static Msg describe(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof FollowUpProblem p) {
            return p.msg();
        }
        if (e instanceof CancellationException) {
            return Msg.of("ui.bounces.cancelled");
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return Msg.of("input.error.log_unreadable", String.valueOf(e.getMessage()));
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return Msg.of("ui.bounces.error.unexpected", detail);
    }
}
