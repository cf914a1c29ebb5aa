package dev.maildoctor.app;

import dev.maildoctor.app.bounces.LogAnalysis;
import dev.maildoctor.app.common.LinkOpener;
import dev.maildoctor.app.settings.AppSettings;
import dev.maildoctor.app.settings.ConfigDirectory;
import dev.maildoctor.app.settings.CurrentSettings;
import dev.maildoctor.app.settings.SettingsStore;
import dev.maildoctor.core.dnsbl.DnsblChecker;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.kb.Knowledge;
import dev.maildoctor.core.kb.KnowledgeLoader;
import dev.maildoctor.core.maillog.MaillogAnalyzer;
import dev.maildoctor.core.message.bounce.BounceDecoder;
import dev.maildoctor.core.recipients.ProviderRules;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The desktop app's wiring: the one place where its long-lived objects are created. Tests build
 * their own instance (their catalogue, their config directory) and hand it to {@link MainWindow}.
 */
public final class AppServices implements AutoCloseable {
    private final Catalogue catalogue;
    private final DnsblChecker checker;
    private final CurrentSettings settings;
    private final LinkOpener links;
    private final Executor fxThread;
    private final ExecutorService background;
    private Knowledge knowledge;
    private ProviderRules providerRules;
    private LogAnalysis logAnalysis = new MaillogAnalyzer()::analyze;

    /**
     * @param fxThread runs UI updates ({@code Platform::runLater} in the app)
     */
    public AppServices(Catalogue catalogue, SettingsStore store, Clock clock, LinkOpener links, Executor fxThread) {
        this.catalogue = catalogue;
        this.checker = new DnsblChecker(catalogue, clock);
        this.settings = new CurrentSettings(store);
        this.links = links;
        this.fxThread = fxThread;
        this.background = Executors.newCachedThreadPool(daemonThreads());
    }

    /** The real thing: bundled catalogue, settings in the user's config directory. */
    public static AppServices standard(LinkOpener links) {
        SettingsStore store = new SettingsStore(ConfigDirectory.resolve(), AppSettings.defaults(Locale.getDefault()));
        return new AppServices(CatalogueLoader.loadBundled(), store, Clock.systemUTC(), links, Platform::runLater);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public DnsblChecker checker() {
        return checker;
    }

    public CurrentSettings settings() {
        return settings;
    }

    /** Texts in the language of the settings in force. */
    public Messages messages() {
        return Messages.forLanguage(settings.get().language());
    }

    /**
     * The knowledge base of SMTP replies, read on first use. It describes the real blocklists, so it
     * is checked against the bundled catalogue whatever catalogue the checks use.
     */
    public synchronized Knowledge knowledge() {
        if (knowledge == null) {
            knowledge = KnowledgeLoader.loadBundled(CatalogueLoader.loadBundled());
        }
        return knowledge;
    }

    /** The MX patterns of the recipient-domain classification, read on first use. */
    public synchronized ProviderRules providerRules() {
        if (providerRules == null) {
            providerRules = ProviderRules.bundled();
        }
        return providerRules;
    }

    public BounceDecoder bounceDecoder() {
        return new BounceDecoder();
    }

    public LogAnalysis logAnalysis() {
        return logAnalysis;
    }

    /** Replaces the mail-log analysis (tests and the demo use a slow one to show progress and cancel). */
    public AppServices withLogAnalysis(LogAnalysis analysis) {
        this.logAnalysis = analysis;
        return this;
    }

    public LinkOpener links() {
        return links;
    }

    public Executor fxThread() {
        return fxThread;
    }

    /** For work that may block (opening a resolver, resolving a host name): never the FX thread. */
    public Executor background() {
        return background;
    }

    @Override
    public void close() {
        background.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "maildoctor-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
