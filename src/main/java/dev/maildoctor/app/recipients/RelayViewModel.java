package dev.maildoctor.app.recipients;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.RecipientDomain;
import dev.maildoctor.core.relay.PostfixFiles;
import dev.maildoctor.core.relay.PostfixRelayConfig;
import dev.maildoctor.core.relay.RelayRequest;
import dev.maildoctor.core.relay.RelayTarget;
import dev.maildoctor.core.relay.TransportComparison;
import dev.maildoctor.core.spf.SpfPlanner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The relay form and what Generate makes of it: the Postfix files for the chosen domains, the SPF
 * change of the sender domain (worked out in the background), and the comparison with the user's
 * existing transport file. The password stays in memory and goes only into the generated
 * sasl_passwd. Used on the FX thread only.
 */
public final class RelayViewModel {
    private final ObservableList<ResultRow> rows;
    private final Supplier<Dns> dns;
    private final Executor fxThread;
    private final Executor background;

    private final StringProperty relayText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<RelayTarget> target = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Msg> relayProblem = new ReadOnlyObjectWrapper<>();
    private final StringProperty saslUser = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<SelectionMode> mode = new SimpleObjectProperty<>(SelectionMode.GOOGLE);
    private final StringProperty senderDomain = new SimpleStringProperty("");
    private final StringProperty relayInclude = new SimpleStringProperty("");
    private final IntegerProperty googleCount = new SimpleIntegerProperty();
    private final IntegerProperty microsoftCount = new SimpleIntegerProperty();
    private final IntegerProperty pickedCount = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<Generated> generated = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Msg> generateProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SpfState> spf = new ReadOnlyObjectWrapper<>(SpfState.NO_SENDER_DOMAIN);
    private final StringProperty existingTransport = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<TransportComparison> comparison = new ReadOnlyObjectWrapper<>();
    private Object spfRun;

    RelayViewModel(ObservableList<ResultRow> rows, Supplier<Dns> dns, Executor fxThread, Executor background) {
        this.rows = rows;
        this.dns = dns;
        this.fxThread = fxThread;
        this.background = background;
        relayText.addListener((o, a, b) -> validate(b));
        // The rows report an update whenever a tick changes (their extractor). Ticking a domain is
        // hand-picking, so the selection follows the ticks.
        rows.addListener((ListChangeListener<ResultRow>) c -> {
            int before = pickedCount.get();
            boolean ticked = false;
            while (c.next()) {
                ticked |= c.wasUpdated();
            }
            recount();
            if (ticked && pickedCount.get() > before) {
                mode.set(SelectionMode.PICKED);
            }
        });
    }

    public StringProperty relayTextProperty() {
        return relayText;
    }

    /** Why the relay field is not a host[:port], or null (also while it is empty). */
    public ReadOnlyObjectProperty<Msg> relayProblemProperty() {
        return relayProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RelayTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public StringProperty saslUserProperty() {
        return saslUser;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<SelectionMode> modeProperty() {
        return mode;
    }

    public StringProperty senderDomainProperty() {
        return senderDomain;
    }

    public StringProperty relayIncludeProperty() {
        return relayInclude;
    }

    public ReadOnlyIntegerProperty googleCountProperty() {
        return googleCount;
    }

    /** Google plus Microsoft. */
    public ReadOnlyIntegerProperty microsoftCountProperty() {
        return microsoftCount;
    }

    public ReadOnlyIntegerProperty pickedCountProperty() {
        return pickedCount;
    }

    public ReadOnlyObjectProperty<Generated> generatedProperty() {
        return generated.getReadOnlyProperty();
    }

    /** Why Generate produced nothing (no relay, no domains selected), or null. */
    public ReadOnlyObjectProperty<Msg> generateProblemProperty() {
        return generateProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SpfState> spfProperty() {
        return spf.getReadOnlyProperty();
    }

    /** The transport file the user pasted or opened for comparison. */
    public StringProperty existingTransportProperty() {
        return existingTransport;
    }

    public ReadOnlyObjectProperty<TransportComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The domains the chosen selection covers, in the table's order. */
    public List<RecipientDomain> selectedDomains() {
        Predicate<ResultRow> chosen = switch (mode.get() == null ? SelectionMode.GOOGLE : mode.get()) {
            case GOOGLE -> r -> r.classification().isGoogle();
            case GOOGLE_MICROSOFT -> r -> r.classification().isGoogle() || r.classification().isMicrosoft();
            case PICKED -> r -> r.pickedProperty().get();
        };
        return rows.stream().filter(chosen).map(r -> r.classification().domain()).toList();
    }

    /** Writes the Postfix files and starts working out the SPF change. */
    public void generate() {
        generateProblem.set(null);
        RelayTarget relay = target.get();
        if (relay == null) {
            generateProblem.set(relayProblem.get() != null ? relayProblem.get()
                    : Msg.of("ui.recipients.relay.error.no_relay"));
            return;
        }
        List<RecipientDomain> domains = selectedDomains();
        if (domains.isEmpty()) {
            generateProblem.set(Msg.of(rows.isEmpty() ? "ui.recipients.relay.error.no_results"
                    : "ui.recipients.relay.error.no_domains"));
            return;
        }
        RelayRequest request = new RelayRequest(relay, domains, given(saslUser.get()),
                password.get() == null || password.get().isEmpty() ? Optional.empty() : Optional.of(password.get()));
        PostfixFiles files;
        try {
            files = PostfixRelayConfig.generate(request);
        } catch (RuntimeException e) {
            generateProblem.set(Failures.describe(e));
            return;
        }
        generated.set(new Generated(request, files));
        compare();
        planSpf(relay);
    }

    /** Compares the pasted or opened transport file with the generated one. */
    public void compare() {
        Generated now = generated.get();
        String existing = existingTransport.get();
        if (now == null || existing == null || existing.isBlank()) {
            comparison.set(null);
            return;
        }
        try {
            comparison.set(TransportComparison.compare(existing, now.request()));
        } catch (RuntimeException e) {
            comparison.set(null);
            generateProblem.set(Failures.describe(e));
        }
    }

    private void planSpf(RelayTarget relay) {
        Optional<String> sender = given(senderDomain.get());
        Object run = new Object();
        spfRun = run;
        if (sender.isEmpty()) {
            spf.set(SpfState.NO_SENDER_DOMAIN);
            return;
        }
        spf.set(SpfState.RUNNING);
        Optional<String> include = given(relayInclude.get());
        CompletableFuture.supplyAsync(dns::get, background)
                .thenCompose(d -> new SpfPlanner(d).forRelay(sender.get(), relay, include))
                .whenCompleteAsync((change, error) -> {
                    if (spfRun == run) {
                        spf.set(error == null ? SpfState.done(change) : SpfState.failed(Failures.describe(error)));
                    }
                }, fxThread);
    }

    private void recount() {
        int google = 0;
        int both = 0;
        int picked = 0;
        for (ResultRow r : rows) {
            DomainClassification c = r.classification();
            google += c.isGoogle() ? 1 : 0;
            both += c.isGoogle() || c.isMicrosoft() ? 1 : 0;
            picked += r.pickedProperty().get() ? 1 : 0;
        }
        googleCount.set(google);
        microsoftCount.set(both);
        pickedCount.set(picked);
    }

    private void validate(String text) {
        if (text == null || text.isBlank()) {
            target.set(null);
            relayProblem.set(null);
            return;
        }
        try {
            target.set(RelayTarget.parse(text.strip()));
            relayProblem.set(null);
        } catch (InvalidInputException e) {
            target.set(null);
            relayProblem.set(e.msg());
        } catch (RuntimeException e) {
            target.set(null);
            relayProblem.set(Msg.of("ui.recipients.relay.error.relay_unreadable"));
        }
    }

    private static Optional<String> given(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
