package dev.maildoctor.app.recipients;

import dev.maildoctor.app.common.DnsRun;
import dev.maildoctor.app.common.ResolverOpener;
import dev.maildoctor.core.dns.DnsSettings;
import dev.maildoctor.app.bounces.LogAnalysis;
import dev.maildoctor.app.common.ProgressRelay;
import dev.maildoctor.app.settings.AppSettings;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.recipients.BulkClassifier;
import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.ProviderRules;
import dev.maildoctor.core.recipients.RecipientDomain;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the Recipients & relay page: the pasted domains, importing lists and mail
 * logs, looking up every domain's MX in the background (progress, cancel), the results with the
 * table's filters and ticks, and the relay form ({@link #relay()}). Lives as long as the window,
 * so a language switch keeps everything the user typed. Used on the FX thread only.
 */
public final class RecipientsViewModel {
    private final Supplier<AppSettings> settings;
    private final Supplier<ProviderRules> rules;
    private final LogAnalysis logs;
    private final Executor fxThread;
    private final Executor background;

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ParsedInput> parsed = new ReadOnlyObjectWrapper<>(ParsedInput.EMPTY);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Msg> progressText = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Msg> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Msg>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<ResultRow> rows =
            FXCollections.observableArrayList(r -> new Observable[] {r.pickedProperty()});
    private final ObjectProperty<ProviderFamily> familyFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final RelayViewModel relay;
    private DnsRun current;

    public RecipientsViewModel(Supplier<AppSettings> settings, Supplier<ProviderRules> rules,
                               LogAnalysis logs, Executor fxThread, Executor background) {
        this.settings = settings;
        this.rules = rules;
        this.logs = logs;
        this.fxThread = fxThread;
        this.background = background;
        this.relay = new RelayViewModel(rows, () -> ResolverOpener.open(settings.get(), DnsSettings.BULK_MAX_IN_FLIGHT), fxThread, background);
        text.addListener((o, a, b) -> reparse(b));
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The paste area read as domains: the list, what was rejected and the duplicates dropped. */
    public ReadOnlyObjectProperty<ParsedInput> parsedProperty() {
        return parsed.getReadOnlyProperty();
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

    /** A neutral message ("Lookup cancelled", "37 domains added from maillog"), or null. */
    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** What went wrong in the last lookup or import (resolver settings, unreadable files). */
    public ReadOnlyObjectProperty<List<Msg>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The last lookup's results in input order (empty before the first one). */
    public ObservableList<ResultRow> rows() {
        return rows;
    }

    /** The family the table shows, or null for all. */
    public ObjectProperty<ProviderFamily> familyFilterProperty() {
        return familyFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public RelayViewModel relay() {
        return relay;
    }

    /** Looks up the MX of every domain in the paste area. */
    public void lookUp() {
        List<RecipientDomain> domains = parsed.get().list().domains();
        if (domains.isEmpty() || running.get()) {
            return;
        }
        DnsRun run = start(Msg.of("ui.recipients.progress", 0, domains.size()));
        progress.set(0);
        Progress engineProgress = new Progress(new ProgressRelay(fxThread, (done, total) -> {
            if (run == current && total > 0) {
                progress.set(Math.min(1, (double) done / total));
                progressText.set(Msg.of("ui.recipients.progress", done, total));
            }
        }));
        AppSettings in = settings.get();
        CompletableFuture.supplyAsync(() -> new BulkClassifier(run.attach(ResolverOpener.open(in, DnsSettings.BULK_MAX_IN_FLIGHT)), rules.get()), background)
                .thenCompose(classifier -> classifier.classifyAll(domains, engineProgress))
                .whenCompleteAsync((result, error) -> finishLookup(run, result, error), fxThread);
    }

    /** Reads lists of domains or addresses, and mail logs, adding their domains to the paste area. */
    public void open(List<Path> files) {
        read(files, false);
    }

    /** Reads Postfix logs (plain or .gz) and adds their recipient domains to the paste area. */
    public void importLogs(List<Path> files) {
        read(files, true);
    }

    /** Stops the lookup or import: the page is idle again at once, the text and earlier results stay. */
    public void cancel() {
        if (current == null) {
            return;
        }
        current.cancel();
        current = null;
        running.set(false);
        progress.set(0);
        progressText.set(null);
        notice.set(Msg.of("ui.recipients.cancelled"));
    }

    private void read(List<Path> files, boolean allLogs) {
        if (files.isEmpty() || running.get()) {
            return;
        }
        List<Path> copy = List.copyOf(files);
        DnsRun run = start(Msg.of("ui.recipients.progress.reading"));
        progress.set(-1);
        Progress engineProgress = new Progress(new ProgressRelay(fxThread, (done, total) -> {
            if (run == current && total > 0) {
                progress.set(Math.min(1, (double) done / total));
                progressText.set(Msg.of("ui.recipients.progress.log", Math.round(100.0 * done / total)));
            }
        }));
        ImportJob job = new ImportJob(logs, engineProgress, run::isCancelled);
        CompletableFuture.supplyAsync(() -> {
            try {
                return job.read(copy, allLogs);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, background).whenCompleteAsync((result, error) -> finishImport(run, result, error), fxThread);
    }

    private DnsRun start(Msg firstProgress) {
        DnsRun run = new DnsRun();
        current = run;
        running.set(true);
        notice.set(null);
        problems.set(List.of());
        progressText.set(firstProgress);
        return run;
    }

    private boolean finish(DnsRun run) {
        if (run != current) {
            return false; // cancelled
        }
        current = null;
        running.set(false);
        progress.set(0);
        progressText.set(null);
        return true;
    }

    private void finishLookup(DnsRun run, List<DomainClassification> result, Throwable error) {
        if (run != current) {
            return; // cancelled
        }
        if (error != null) {
            finish(run);
            problems.set(List.of(Failures.describe(error)));
            return;
        }
        // The results are in place before the page turns idle, so whoever waits for idle sees them.
        // Ticks survive a new lookup of the same domains: they are the user's work.
        Set<String> picked = rows.stream().filter(r -> r.pickedProperty().get())
                .map(r -> r.classification().domain().ascii()).collect(Collectors.toSet());
        List<ResultRow> fresh = result.stream().map(ResultRow::new).toList();
        fresh.forEach(r -> r.pickedProperty().set(picked.contains(r.classification().domain().ascii())));
        familyFilter.set(null);
        rows.setAll(fresh);
        finish(run);
    }

    private void finishImport(DnsRun run, ImportJob.Result result, Throwable error) {
        if (!finish(run)) {
            return;
        }
        if (error != null) {
            problems.set(List.of(Failures.describe(error)));
            return;
        }
        problems.set(result.problems());
        if (!result.text().isBlank()) {
            String now = text.get() == null ? "" : text.get();
            text.set(now.isBlank() ? result.text() : (now.endsWith("\n") ? now : now + "\n") + result.text());
        }
        if (!result.logNames().isEmpty()) {
            notice.set(Msg.of("ui.recipients.imported", result.fromLogs(), String.join(", ", result.logNames())));
        }
    }

    private void reparse(String now) {
        try {
            parsed.set(ParsedInput.of(now));
        } catch (RuntimeException e) {
            parsed.set(ParsedInput.EMPTY); // a parser failure must never cost the user the text
        }
    }
}
