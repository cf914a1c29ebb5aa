package dev.maildoctor.app;

import static dev.maildoctor.app.IncidentDns.listed;
import static dev.maildoctor.testing.FakeDnsServer.rr;

import dev.maildoctor.app.settings.AppSettings;
import dev.maildoctor.app.settings.ResolverMode;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import dev.maildoctor.testing.FakeDnsServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Runs the real window against a fake DNS that replays a range-listing incident like the one in
 * 2019 (a VPS provider's /24 on SPFBL, Gmail refusing mail from the whole range), for screenshots
 * and for trying the app without touching real blocklists.
 *
 * <p>Arguments: {@code --lang=en|ja}, {@code --target=ADDRESS}, {@code --run} (start the check at
 * once), {@code --page=blocklists|bounces|settings}, {@code --sample=N}, {@code --delay-ms=N} (slow answers),
 * {@code --resolver=HOST:PORT} (another resolver instead of the fake one),
 * {@code --corrupt} (an unreadable settings file),
 * {@code --size=WIDTHxHEIGHT} (window at the top left corner, for screenshots),
 * {@code --bounce} (the incident's bounce in the paste area, analysed), {@code --log} (a small Postfix log
 * of the incident, analysed together with the bounce), {@code --followup} (then the blocklist follow-up),
 * {@code --scroll=0..1} (where the Bounces & logs results are scrolled to).
 * The same keys work as system properties prefixed with {@code maildoctor.demo.}.
 */
public final class DemoMain {
    static final String TARGET = "153.122.40.105";

    private DemoMain() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Serves the incident: the target and about three quarters of its /24 on SPFBL, a few on other lists. */
    static FakeDnsServer incidentServer(Duration delay) {
        FakeDnsServer dns = new FakeDnsServer();
        if (!delay.isZero()) {
            dns.delay(delay);
        }
        Set<Integer> spamcop = Set.of(17, 88, 201);
        Set<Integer> psbl = Set.of(33, 88, 140, 233);
        new IncidentDns(dns, "153.122.40")
                .list("dnsbl.spfbl.net", octet -> octet == 105
                        ? List.of(rr("A", "127.0.0.2"), rr("TXT", "https://spfbl.net/en/ip/153.122.40.105"))
                        : scatter(octet) < 75 ? listed("127.0.0.2") : null)
                .list("bl.spamcop.net", octet -> spamcop.contains(octet) ? listed("127.0.0.2") : null)
                .list("psbl.surriel.com", octet -> psbl.contains(octet) ? listed("127.0.0.2") : null)
                .list("bl.mailspike.net", octet -> octet == 201 ? listed("127.0.0.12") : null)
                .list("b.barracudacentral.org", octet -> null)
                .list("dnsbl-1.uceprotect.net", octet -> null)
                .list("dnsbl-2.uceprotect.net", octet -> null)
                .list("dnsbl-3.uceprotect.net", octet -> null)
                .list("all.s5h.net", octet -> null)
                .list("dnsbl.justspam.org", octet -> null)
                // The resolver is a shared one, as on most VPSs: Spamhaus refuses to answer it.
                .refusing("zen.spamhaus.org", "127.255.255.254")
                .owner(105, "v153-122-40-105.example.jp", "7506 | 153.122.0.0/16 | JP | apnic | 2011-02-01",
                        "7506", "7506 | JP | apnic | 1998-01-01 | INTERQ GMO Internet,Inc, JP");
        return dns;
    }

    /** A fixed pseudo-random 0..99 per octet, so about that share of any sample is listed. */
    static int scatter(int octet) {
        return (int) (((octet + 1) * 2654435761L >>> 7) % 100);
    }

    /** The demo window. */
    public static final class App extends Application {
        private FakeDnsServer dns;
        private AppServices services;

        @Override
        public void start(Stage stage) throws IOException {
            Map<String, String> named = getParameters().getNamed();
            String language = option(named, "lang", "en");
            int delay = Integer.parseInt(option(named, "delay-ms", "0"));
            dns = incidentServer(Duration.ofMillis(delay));
            Path configDir = Files.createTempDirectory("maildoctor-demo");
            AppSettings settings = TestApp.settingsFor(dns, language, 3);
            String resolver = option(named, "resolver", "");
            if (!resolver.isEmpty()) {
                settings = new AppSettings(language, ResolverMode.CUSTOM, List.of(resolver), "", 3);
            }
            TestApp.store(configDir).save(settings);
            if (getParameters().getUnnamed().contains("--corrupt")) {
                Files.writeString(TestApp.store(configDir).file(), "{\"language\": ");
            }
            services = TestApp.services(CatalogueLoader.loadBundled(), configDir, getHostServices()::showDocument);
            MainWindow window = new MainWindow(services);
            window.blocklists().targetProperty().set(option(named, "target", TARGET));
            window.blocklists().sampleSizeProperty().set(Integer.parseInt(option(named, "sample", "32")));
            window.show(stage);
            String[] size = option(named, "size", "").split("x");
            if (size.length == 2) {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(Double.parseDouble(size[0]));
                stage.setHeight(Double.parseDouble(size[1]));
            }
            window.select(option(named, "page", "blocklists"));
            if (getParameters().getUnnamed().contains("--run") || Boolean.getBoolean("maildoctor.demo.run")) {
                window.blocklists().check();
            }
            new BouncesDemo(window, flag("bounce"), flag("log"), flag("followup"),
                    Double.parseDouble(option(named, "scroll", "0"))).start();
        }

        private boolean flag(String name) {
            return getParameters().getUnnamed().contains("--" + name) || Boolean.getBoolean("maildoctor.demo." + name);
        }

        @Override
        public void stop() {
            if (services != null) {
                services.close();
            }
            if (dns != null) {
                dns.close();
            }
        }

        private static String option(Map<String, String> named, String key, String fallback) {
            return named.getOrDefault(key, System.getProperty("maildoctor.demo." + key, fallback));
        }
    }
}
