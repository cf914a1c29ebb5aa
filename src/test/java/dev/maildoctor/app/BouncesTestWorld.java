package dev.maildoctor.app;

import static dev.maildoctor.app.IncidentDns.listed;
import static dev.maildoctor.testing.FakeDnsServer.rr;

import dev.maildoctor.testing.FakeDnsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;

/**
 * The world of the Bounces & logs tests: the 2019 incident's sending address 153.122.40.105 listed
 * on the test catalogue's reputation list together with most of its /24, the bounce Gmail sent
 * about it, a small Postfix log, and the window on the test's stage.
 */
final class BouncesTestWorld implements AutoCloseable {
    static final String SENDING_IP = "153.122.40.105";

    final FakeDnsServer dns = new FakeDnsServer();
    final List<String> openedLinks = new CopyOnWriteArrayList<>();
    final AppServices services;
    final MainWindow window;

    BouncesTestWorld(Path configDir, Stage stage) throws IOException {
        new IncidentDns(dns, "153.122.40")
                .list("rep.test", octet -> octet == 105
                        ? List.of(rr("A", "127.0.0.2"), rr("TXT", "Listed for spam to test traps"))
                        : DemoMain.scatter(octet) < 75 ? listed("127.0.0.2") : null)
                .list("score.test", octet -> null)
                .refusing("strict.test", "127.255.255.254")
                .owner(105, "v153-122-40-105.example.jp", "7506 | 153.122.0.0/16 | JP | apnic | 2011-02-01",
                        "7506", "7506 | JP | apnic | 1998-01-01 | INTERQ GMO Internet,Inc, JP");
        TestApp.store(configDir).save(TestApp.settingsFor(dns, "en", 2));
        services = TestApp.services(TestApp.testCatalogue(), configDir, openedLinks::add);
        window = new MainWindow(services);
        window.show(stage);
    }

    /** The Postfix "Undelivered Mail" part of the bounce in the incident report, with the real address. */
    static String incidentBounce() {
        try (InputStream in = BouncesTestWorld.class.getResourceAsStream("/dev/maildoctor/app/bounces/incident-bounce.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sampleLog() {
        try {
            return Path.of(BouncesTestWorld.class.getResource("/dev/maildoctor/app/bounces/sample-maillog.log").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        services.close();
        dns.close();
    }
}
