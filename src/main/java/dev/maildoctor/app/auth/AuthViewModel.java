package dev.maildoctor.app.auth;

import dev.maildoctor.app.common.DnsRun;
import dev.maildoctor.app.common.ResolverOpener;
import dev.maildoctor.core.dns.DnsSettings;
import dev.maildoctor.app.settings.AppSettings;
import dev.maildoctor.core.auth.AuthAudit;
import dev.maildoctor.core.auth.AuthReport;
import dev.maildoctor.core.auth.AuthRequest;
import dev.maildoctor.core.dkim.SelectorsLoader;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.tls.TlsProber;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and actions of the Sender authentication page: the domain, sending address, HELO name and
 * DKIM selectors typed in, the check running in the background (cancel), and the last report.
 * Lives as long as the window, so a language switch keeps everything. Used on the FX thread only.
 */
public final class AuthViewModel {
    private final Supplier<AppSettings> settings;
    private final Executor fxThread;
    private final Executor background;

    private final StringProperty domain = new SimpleStringProperty("");
    private final StringProperty ip = new SimpleStringProperty("");
    private final StringProperty helo = new SimpleStringProperty("");
    private final StringProperty selectors = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<AuthReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Msg> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Msg> notice = new ReadOnlyObjectWrapper<>();
    private DnsRun current;

    public AuthViewModel(Supplier<AppSettings> settings, Executor fxThread, Executor background) {
        this.settings = settings;
        this.fxThread = fxThread;
        this.background = background;
    }

    public StringProperty domainProperty() {
        return domain;
    }

    public StringProperty ipProperty() {
        return ip;
    }

    public StringProperty heloProperty() {
        return helo;
    }

    /** DKIM selectors, comma- or space-separated. */
    public StringProperty selectorsProperty() {
        return selectors;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last check's findings, or null before the first one. */
    public ReadOnlyObjectProperty<AuthReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last check could not run (bad input, resolver settings), or null. */
    public ReadOnlyObjectProperty<Msg> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A neutral message ("Check cancelled"), or null. */
    public ReadOnlyObjectProperty<Msg> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Checks the domain; bad input becomes a message and nothing runs. */
    public void check() {
        if (running.get()) {
            return;
        }
        notice.set(null);
        AuthRequest request;
        try {
            request = request();
        } catch (InvalidInputException e) {
            problem.set(e.msg());
            return;
        }
        problem.set(null);
        DnsRun run = new DnsRun();
        current = run;
        running.set(true);
        AppSettings in = settings.get();
        CompletableFuture.supplyAsync(() -> run.attach(ResolverOpener.open(in, DnsSettings.DEFAULT_MAX_IN_FLIGHT)), background)
                .thenCompose(dns -> new AuthAudit(dns, SelectorsLoader.loadBundled(), TlsProber.withDefaults()::probe)
                        .audit(request))
                .whenCompleteAsync((result, error) -> finish(run, result, error), fxThread);
    }

    /** Stops the check: the page is idle again at once, the input and the earlier report stay. */
    public void cancel() {
        if (current == null) {
            return;
        }
        current.cancel();
        current = null;
        running.set(false);
        notice.set(Msg.of("ui.auth.cancelled"));
    }

    private void finish(DnsRun run, AuthReport result, Throwable error) {
        if (run != current) {
            return; // cancelled
        }
        if (error == null) {
            report.set(result);
        } else {
            problem.set(describe(error));
        }
        current = null;
        running.set(false);
    }

    private AuthRequest request() {
        String typed = domain.get() == null ? "" : domain.get();
        String name = typed.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (!name.matches("[a-z0-9_.-]+") || !name.contains(".")) {
            throw new InvalidInputException(Msg.of("ui.auth.error.bad_domain", typed.strip()));
        }
        Optional<InetAddress> address = Optional.empty();
        String typedIp = ip.get() == null ? "" : ip.get().strip();
        if (!typedIp.isEmpty()) {
            if (!typedIp.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
                throw new InvalidInputException(Msg.of("ui.auth.error.bad_ip", typedIp));
            }
            try {
                address = Optional.of(InetAddress.getByName(typedIp)); // a literal: no lookup
            } catch (UnknownHostException e) {
                throw new InvalidInputException(Msg.of("ui.auth.error.bad_ip", typedIp));
            }
        }
        String typedHelo = helo.get() == null ? "" : helo.get().strip();
        List<String> names = Arrays.stream((selectors.get() == null ? "" : selectors.get()).split("[,\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        return new AuthRequest(name, address, typedHelo.isEmpty() ? Optional.empty() : Optional.of(typedHelo),
                names, false);
    }

    private static Msg describe(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof InvalidInputException i) {
            return i.msg();
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return Msg.of("ui.auth.error.unexpected", detail);
    }
}
