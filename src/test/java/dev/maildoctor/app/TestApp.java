package dev.maildoctor.app;

import dev.maildoctor.app.common.LinkOpener;
import dev.maildoctor.app.settings.AppSettings;
import dev.maildoctor.app.settings.ResolverMode;
import dev.maildoctor.app.settings.SettingsStore;
import dev.maildoctor.core.dns.ResolverAddress;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import dev.maildoctor.testing.FakeDnsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;

/** Builds the app's services for tests and the demo: a catalogue and a config directory of their choice. */
public final class TestApp {
    private TestApp() {
    }

    public static Catalogue testCatalogue() {
        try (InputStream in = TestApp.class.getResourceAsStream("/dev/maildoctor/app/test-catalogue.yaml")) {
            return CatalogueLoader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings that send every question to the fake server. */
    public static AppSettings settingsFor(FakeDnsServer dns, String language, int timeoutSeconds) {
        return new AppSettings(language, ResolverMode.CUSTOM, List.of(ResolverAddress.format(dns.address())), "",
                timeoutSeconds);
    }

    public static SettingsStore store(Path configDir) {
        return new SettingsStore(configDir, AppSettings.defaults(Locale.ENGLISH));
    }

    public static AppServices services(Catalogue catalogue, Path configDir, LinkOpener links) {
        return new AppServices(catalogue, store(configDir), Clock.systemUTC(), links, Platform::runLater);
    }
}
