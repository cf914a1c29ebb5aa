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
 * {@code --scroll=0..1} (where the Bounces & logs or Recipients & relay page is scrolled to),
 * {@code --recipients} (the partners of the incident pasted on Recipients & relay and looked up, the relay
 * form filled in), {@code --generate} (then the Postfix files and the SPF change generated),
 * {@code --tab=transport|main-cf|sasl-passwd|commands|relayhost|spf|compare} (the output tab shown).
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
        RecipientsDemo.partners(dns);
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
            if (flag("recipients")) {
                new RecipientsDemo(window, flag("generate"), option(named, "tab", "transport"),
                        Double.parseDouble(option(named, "scroll", "0"))).start();
            }
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

    /**
     * The incident's second act on the Recipients & relay page: the customer's business partners
     * (most at Google or Microsoft, a few behind gateways or on their own servers), the relay the
     * provider offered for Google-hosted recipients, and the customer's sender domain.
     */
    static final class RecipientsDemo {
        static final String SENDER = "vps-customer.example";
        static final String RELAY = "[relay.example.ne.jp]:587";
        private static final String[] GOOGLE = {"yamada-kogyo.example", "sakura-trading.example",
            "kita-logistics.example", "aozora-design.example", "minato-clinic.example", "fuji-seiki.example",
            "hoshino-foods.example", "tsubame-works.example", "さくら商事.example", "umi-consulting.example",
            "kawase-law.example", "midori-farm.example", "gmail.example"};
        private static final String[] MICROSOFT = {"tanaka-sangyo.example", "nishi-electric.example",
            "oka-kensetsu.example", "shinwa-bank.example", "kaede-pharma.example", "hikari-net.example",
            "ishida-motors.example"};
        private static final String[] GATEWAY = {"daiichi-holdings.example", "asahi-insurance.example"};
        private static final String[] SELF_HOSTED = {"city-office.example", "univ-lab.example",
            "printshop-kato.example"};

        private final MainWindow window;
        private final boolean generate;
        private final String tab;
        private final double scroll;

        RecipientsDemo(MainWindow window, boolean generate, String tab, double scroll) {
            this.window = window;
            this.generate = generate;
            this.tab = tab;
            this.scroll = scroll;
        }

        /** The partners' MX records, the sender's SPF record and the relay's address on the demo's DNS. */
        static void partners(FakeDnsServer dns) {
            for (int i = 0; i < GOOGLE.length; i++) {
                String d = java.net.IDN.toASCII(GOOGLE[i]);
                if (i % 3 == 0) {
                    dns.add(d, "MX", "1 smtp.google.com.");
                } else {
                    dns.add(d, "MX", "1 aspmx.l.google.com.").add(d, "MX", "5 alt1.aspmx.l.google.com.")
                            .add(d, "MX", "5 alt2.aspmx.l.google.com.").add(d, "MX", "10 alt3.aspmx.l.google.com.");
                }
            }
            for (String d : MICROSOFT) {
                dns.add(d, "MX", "0 " + d.replace('.', '-') + ".mail.protection.outlook.com.");
            }
            dns.add(GATEWAY[0], "MX", "10 mx0a-00201a01.pphosted.com.")
                    .add(GATEWAY[0], "MX", "10 mx0b-00201a01.pphosted.com.")
                    .add(GATEWAY[0], "TXT", "v=spf1 include:spf.protection.outlook.com include:spf-00201a01.pphosted.com -all")
                    .add(GATEWAY[1], "MX", "10 jp-smtp-inbound-1.mimecast.com.")
                    .add(GATEWAY[1], "MX", "10 jp-smtp-inbound-2.mimecast.com.")
                    .add(GATEWAY[1], "TXT", "v=spf1 include:_spf.google.com include:jp._netblocks.mimecast.com ~all");
            for (String d : SELF_HOSTED) {
                dns.add(d, "MX", "10 mail." + d + ".").add("mail." + d, "A", "203.0.113." + (10 + d.length()));
            }
            dns.add("zoho-partner.example", "MX", "10 mx.zoho.jp.").add("zoho-partner.example", "MX", "20 mx2.zoho.jp.")
                    .add("old-branch.example", "A", "203.0.113.80")
                    .add("noreply-notice.example", "MX", "0 .")
                    .add("slow-partner.example", "SOA", "ns.slow-partner.example. host.slow-partner.example. 1 3600 600 86400 300")
                    .timeout("slow-partner.example")
                    .add(SENDER, "TXT", "v=spf1 a mx ip4:153.122.40.105 ~all")
                    .add(SENDER, "MX", "10 mail." + SENDER + ".")
                    .add("relay.example.ne.jp", "A", "192.0.2.25")
                    .add("relay.example.ne.jp", "A", "192.0.2.26");
        }

        /** Every partner, as the admin pasted them: addresses and domains, a duplicate and a typo. */
        static String pasted() {
            StringBuilder sb = new StringBuilder("# partners from the address book\n");
            // Mixed as in a real address book: a Google partner next to a Microsoft one, a gateway, ...
            List<List<String>> groups = List.of(List.of(GOOGLE), List.of(MICROSOFT), List.of(GATEWAY),
                    List.of(SELF_HOSTED), List.of("zoho-partner.example", "old-branch.example",
                            "noreply-notice.example", "closed-shop.example", "slow-partner.example"));
            List<String> all = new java.util.ArrayList<>();
            for (int round = 0; all.size() < 30; round++) {
                for (List<String> g : groups) {
                    if (round < g.size()) {
                        all.add(g.get(round));
                    }
                }
            }
            for (int i = 0; i < all.size(); i++) {
                sb.append(i % 4 == 1 ? "sales@" + all.get(i) : all.get(i)).append('\n');
            }
            return sb.append("info@yamada-kogyo.example\nkita-logistics!example\n").toString();
        }

        void start() {
            var vm = window.recipients();
            vm.textProperty().set(pasted());
            vm.relay().relayTextProperty().set(RELAY);
            vm.relay().saslUserProperty().set("vps-customer@relay.example.ne.jp");
            vm.relay().senderDomainProperty().set(SENDER);
            vm.runningProperty().addListener((o, was, running) -> {
                if (!running && !vm.rows().isEmpty()) {
                    if (generate) {
                        vm.relay().generate();
                    }
                    javafx.animation.PauseTransition later =
                            new javafx.animation.PauseTransition(javafx.util.Duration.millis(600));
                    later.setOnFinished(e -> settle());
                    later.play();
                }
            });
            vm.lookUp();
        }

        private void settle() {
            window.root().lookupAll("#output-tabs").forEach(n -> {
                javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) n;
                tabs.getTabs().stream().filter(t -> ("tab-" + tab).equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
            });
            window.root().lookupAll(".recipients-page .page-scroll").forEach(n -> {
                ((javafx.scene.control.ScrollPane) n).setVvalue(scroll);
            });
        }
    }
}
