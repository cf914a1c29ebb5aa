package dev.maildoctor.app;

import static dev.maildoctor.app.IncidentDns.listed;
import static dev.maildoctor.testing.FakeDnsServer.rr;

import dev.maildoctor.testing.FakeDnsServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;

/**
 * The world of the GUI tests: the test catalogue's three zones on a fake DNS server (the target
 * listed on the reputation list with most of its /24, the scoring list clean, the strict list
 * refusing), owner records, settings pointing at the server, and the window on the test's stage.
 */
final class GuiTestWorld implements AutoCloseable {
    static final String TARGET = "198.51.100.7";
    static final int TARGET_OCTET = 7;

    final FakeDnsServer dns = new FakeDnsServer();
    final List<String> openedLinks = new CopyOnWriteArrayList<>();
    final AppServices services;
    final MainWindow window;

    GuiTestWorld(Path configDir, Stage stage) throws IOException {
        new IncidentDns(dns, "198.51.100")
                .list("rep.test", octet -> octet == TARGET_OCTET
                        ? List.of(rr("A", "127.0.0.2"), rr("TXT", "Listed for spam to test traps"))
                        : DemoMain.scatter(octet) < 75 ? listed("127.0.0.2") : null)
                .list("score.test", octet -> null)
                .refusing("strict.test", "127.255.255.254")
                .owner(TARGET_OCTET, "198-51-100-7.example.net",
                        "64500 | 198.51.100.0/24 | JP | apnic | 2011-02-01",
                        "64500", "64500 | JP | apnic | 1998-01-01 | EXAMPLE-NET Example Hosting, JP");
        TestApp.store(configDir).save(TestApp.settingsFor(dns, "en", 2));
        services = TestApp.services(TestApp.testCatalogue(), configDir, openedLinks::add);
        window = new MainWindow(services);
        window.show(stage);
    }

    @Override
    public void close() {
        services.close();
        dns.close();
    }
}
