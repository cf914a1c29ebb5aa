package dev.maildoctor.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maildoctor.cli.Cli;
import dev.maildoctor.core.dns.DnsSettings;
import dev.maildoctor.core.dns.ResolverAddress;
import dev.maildoctor.core.dnsbl.DnsblChecker;
import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.DnsblRequest;
import dev.maildoctor.core.dnsbl.ZoneResult;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import dev.maildoctor.core.dnsbl.catalogue.CodeStatus;
import dev.maildoctor.core.dnsbl.catalogue.DnsblList;
import dev.maildoctor.core.dnsbl.neighbourhood.Ipv4Range;
import dev.maildoctor.core.dnsbl.neighbourhood.NeighbourSample;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.network.Target;
import dev.maildoctor.core.network.TargetParser;
import dev.maildoctor.testing.RealDnsDaemons;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blocklist check end to end: the command line and the engine behind it, asking a real unbound
 * that recurses to rbldnsd (the blocklists, under the bundled catalogue's real zone names) and nsd
 * (reverse and forward names, Team Cymru-style origin zones). Everything stays on 127.0.0.1: unbound's
 * root is the local nsd, so a name outside these zones is NXDOMAIN.
 *
 * <p>The scene: 153.122.40.105, a server on a burned provider range. SPFBL lists it and about three
 * quarters of its /24, UCEPROTECT level 2 lists the whole /24, SpamCop is clean, and Spamhaus refuses
 * to answer, as it does for queries arriving through public resolvers.
 */
class BlocklistCheckIT {
    private static final String TARGET = "153.122.40.105";
    private static final Catalogue CATALOGUE = CatalogueLoader.loadBundled();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RealDnsDaemons dns;
    private static String resolver;

    @BeforeAll
    static void startDaemons() throws IOException {
        RealDnsDaemons.assumeAvailableOrRequired();
        dns = RealDnsDaemons.builder()
                .dnsblZone("dnsbl.spfbl.net", """
                        :127.0.0.2:https://matrix.spfbl.net/$
                        127.0.0.2
                        !127.0.0.1
                        # 153.122.40.0/24: about three quarters listed, in ranges and single entries
                        153.122.40.0/26
                        153.122.40.64-153.122.40.127
                        !153.122.40.77
                        153.122.40.128/27
                        153.122.40.160-153.122.40.191
                        153.122.40.200
                        153.122.40.213
                        153.122.40.226
                        153.122.40.239
                        """)
                .dnsblZone("bl.spamcop.net", """
                        :127.0.0.2:Blocked - see https://www.spamcop.net/bl.shtml?$
                        127.0.0.2
                        """)
                .dnsblZone("zen.spamhaus.org", "ip4trie", """
                        :127.255.255.254:Error: open resolver; https://check.spamhaus.org/returnc/pub/$
                        0.0.0.0/0
                        """)
                .dnsblZone("dnsbl-2.uceprotect.net", """
                        :127.0.0.2:Your IP $ is listed in UCEPROTECT-Level2
                        127.0.0.2
                        153.122.40.0/24 :127.0.0.2:Net 153.122.40.0/24 is UCEPROTECT-Level2 listed because 19 abusers are hosted by you. See: https://www.uceprotect.net/rblcheck.php?ipr=$
                        """)
                .dnsblZone("dbl.spamhaus.org", "dnset", """
                        :127.0.1.2:https://www.spamhaus.org/query/domain/$
                        dbltest.com
                        .cheap-meds.example
                        """)
                // a list whose test point is gone: answers from it cannot be trusted
                .dnsblZone("psbl.surriel.com", """
                        :127.0.0.2:Listed in PSBL, see https://psbl.org/listing?ip=$
                        153.122.40.105
                        """)
                // a list that answers "listed" for everything, even 127.0.0.1
                .dnsblZone("dnsbl.justspam.org", "ip4trie", """
                        :127.0.0.2:Listed on JustSpam
                        0.0.0.0/0
                        """)
                .authoritativeZone("40.122.153.in-addr.arpa", """
                        $TTL 300
                        @    IN SOA ns.example.jp. hostmaster.example.jp. 1 3600 600 86400 60
                        @    IN NS  ns.example.jp.
                        105  IN PTR v153-122-40-105.static.example.jp.
                        """)
                .authoritativeZone("example.jp", """
                        $TTL 300
                        @                      IN SOA ns hostmaster 1 3600 600 86400 60
                        @                      IN NS  ns
                        ns                     IN A   127.0.0.1
                        v153-122-40-105.static IN A   153.122.40.105
                        """)
                // Team Cymru answers every address of a prefix alike
                .authoritativeZone("origin.asn.cymru.com", """
                        $TTL 300
                        @          IN SOA ns.example.jp. hostmaster.example.jp. 1 3600 600 86400 60
                        @          IN NS  ns.example.jp.
                        *.122.153  IN TXT "7506 | 153.122.0.0/16 | JP | apnic | 2011-02-01"
                        """)
                .authoritativeZone("asn.cymru.com", """
                        $TTL 300
                        @       IN SOA ns.example.jp. hostmaster.example.jp. 1 3600 600 86400 60
                        @       IN NS  ns.example.jp.
                        AS7506  IN TXT "7506 | JP | apnic | 1998-01-01 | INTERQ GMO Internet,Inc, JP"
                        """)
                .start();
        resolver = ResolverAddress.format(dns.resolverAddress());
    }

    @AfterAll
    static void stopDaemons() {
        if (dns != null) {
            dns.close();
        }
    }

    /** The daemons above serve the catalogue's zones; if the catalogue moves a list, this test says so. */
    @Test
    void servedZonesAreTheCataloguesZones() {
        assertThat(list("spfbl").zones().ipv4()).isEqualTo("dnsbl.spfbl.net");
        assertThat(list("spamcop").zones().ipv4()).isEqualTo("bl.spamcop.net");
        assertThat(list("spamhaus-zen").zones().ipv4()).isEqualTo("zen.spamhaus.org");
        assertThat(list("uceprotect-2").zones().ipv4()).isEqualTo("dnsbl-2.uceprotect.net");
        assertThat(list("spamhaus-dbl").zones().domain()).isEqualTo("dbl.spamhaus.org");
        assertThat(list("spamhaus-dbl").testPoints().domainListed()).isEqualTo("dbltest.com");
        assertThat(list("psbl").zones().ipv4()).isEqualTo("psbl.surriel.com");
        assertThat(list("justspam").zones().ipv4()).isEqualTo("dnsbl.justspam.org");
    }

    @Test
    void jsonReportOfAnAddressOnABurnedRange() throws IOException {
        CliRun run = cli(TARGET, "--neighbours", "--json", "--zones", "spfbl,spamcop,spamhaus-zen,uceprotect-2");
        JsonNode report = run.json();

        assertThat(report.path("target").asText()).isEqualTo(TARGET);
        assertThat(report.path("resolver").asText()).isEqualTo(resolver);
        assertThat(run.err()).isEmpty();

        JsonNode spfbl = result(report, "spfbl");
        assertThat(spfbl.path("zone").asText()).isEqualTo("dnsbl.spfbl.net");
        assertThat(spfbl.path("name").asText()).isEqualTo("105.40.122.153.dnsbl.spfbl.net");
        assertThat(spfbl.path("status").asText()).isEqualTo("listed");
        assertThat(strings(spfbl.path("codes"))).containsExactly("127.0.0.2");
        assertThat(spfbl.path("meaning").asText()).isEqualTo(meaning("spfbl", "127.0.0.2"));
        assertThat(spfbl.path("txt").asText()).isEqualTo("https://matrix.spfbl.net/153.122.40.105");
        assertThat(spfbl.path("delist_url").asText()).isEqualTo(list("spfbl").delisting().url());
        assertThat(spfbl.path("category").asText()).isEqualTo("scoring_only");

        JsonNode spamcop = result(report, "spamcop");
        assertThat(spamcop.path("zone").asText()).isEqualTo("bl.spamcop.net");
        assertThat(spamcop.path("name").asText()).isEqualTo("105.40.122.153.bl.spamcop.net");
        assertThat(spamcop.path("status").asText()).isEqualTo("not_listed");
        assertThat(spamcop.path("codes")).isEmpty();
        assertThat(spamcop.path("meaning").isNull()).isTrue();
        assertThat(spamcop.path("txt").isNull()).isTrue();
        assertThat(spamcop.path("delist_url").asText()).isEqualTo(list("spamcop").delisting().url());

        JsonNode zen = result(report, "spamhaus-zen");
        assertThat(zen.path("zone").asText()).isEqualTo("zen.spamhaus.org");
        assertThat(zen.path("status").asText()).isEqualTo("refused");
        assertThat(strings(zen.path("codes"))).containsExactly("127.255.255.254");
        assertThat(zen.path("meaning").asText()).isEqualTo(meaning("spamhaus-zen", "127.255.255.254"));
        assertThat(zen.path("txt").isNull()).isTrue();
        assertThat(zen.path("reason").asText()).contains("127.255.255.254");
        assertThat(zen.path("delist_url").asText()).isEqualTo(list("spamhaus-zen").delisting().url());
        assertThat(zen.path("fixes").toString()).contains("DQS");

        JsonNode uce = result(report, "uceprotect-2");
        assertThat(uce.path("zone").asText()).isEqualTo("dnsbl-2.uceprotect.net");
        assertThat(uce.path("status").asText()).isEqualTo("listed");
        assertThat(strings(uce.path("codes"))).containsExactly("127.0.0.2");
        assertThat(uce.path("meaning").asText()).isEqualTo(meaning("uceprotect-2", "127.0.0.2"));
        assertThat(uce.path("txt").asText()).isEqualTo("Net 153.122.40.0/24 is UCEPROTECT-Level2 listed because "
                + "19 abusers are hosted by you. See: https://www.uceprotect.net/rblcheck.php?ipr=153.122.40.105");
        assertThat(uce.path("category").asText()).isEqualTo("range");
        assertThat(uce.path("delist_url").asText()).isEqualTo(list("uceprotect-2").delisting().url());

        JsonNode neighbourhood = report.path("neighbourhood");
        List<Inet4Address> sample = sampleOfTargetsSlash24();
        long expectedListed = sample.stream().filter(BlocklistCheckIT::spfblListsNeighbour).count();
        assertThat(neighbourhood.path("range").asText()).isEqualTo("153.122.40.0/24");
        assertThat(neighbourhood.path("sampled").asInt()).isEqualTo(sample.size());
        assertThat(neighbourhood.path("scanned").asInt()).isEqualTo(sample.size());
        assertThat(neighbourhood.path("listed").asLong()).isEqualTo(expectedListed);
        assertThat((double) expectedListed / sample.size()).isBetween(0.6, 0.9);
        assertThat(neighbourhood.path("verdict").asText()).isEqualTo("provider_range");
        // only lists that say something about single addresses and answered for the target are scanned
        assertThat(neighbourhood.path("lists").findValuesAsText("list_id")).containsExactly("spfbl", "spamcop");
        for (JsonNode cell : neighbourhood.path("addresses")) {
            boolean listed = spfblListsNeighbour(address(cell.path("address").asText()));
            assertThat(cell.path("state").asText()).as(cell.path("address").asText())
                    .isEqualTo(listed ? "listed" : "clean");
        }

        JsonNode network = report.path("network");
        assertThat(network.path("ptr").asText()).isEqualTo("v153-122-40-105.static.example.jp");
        assertThat(network.path("ptr_generic").asBoolean()).isTrue();
        assertThat(network.path("fcrdns").asText()).isEqualTo("confirmed");
        assertThat(network.path("asn").asText()).isEqualTo("7506");
        assertThat(network.path("prefix").asText()).isEqualTo("153.122.0.0/16");
        assertThat(network.path("country").asText()).isEqualTo("JP");
        assertThat(network.path("holder").asText()).isEqualTo("INTERQ GMO Internet,Inc, JP");
        assertThat(network.path("complete").asBoolean()).isTrue();

        // Neither listing is on a list the big mailbox providers block on, and ZEN gave no answer:
        // the check cannot say "clean", so the result is UNKNOWN (3), not CRITICAL (2).
        assertThat(list("spfbl").majorProvidersBlock()).isFalse();
        assertThat(list("uceprotect-2").majorProvidersBlock()).isFalse();
        assertThat(list("spfbl").code("127.0.0.2").orElseThrow().majorProvidersBlock()).isNotEqualTo(Boolean.TRUE);
        assertThat(list("uceprotect-2").code("127.0.0.2").orElseThrow().majorProvidersBlock())
                .isNotEqualTo(Boolean.TRUE);
        assertThat(list("spamhaus-zen").code("127.255.255.254").orElseThrow().status()).isEqualTo(CodeStatus.REFUSED);
        assertThat(report.path("status").asText()).isEqualTo("unknown");
        assertThat(run.exitCode()).isEqualTo(3);

        assertEveryQueryWentToTheTestResolver(report);
    }

    @Test
    void listedOnlyOnAScoringListIsAWarningAndTheRangeVerdictComesFromTheNeighbours() throws IOException {
        CliRun run = cli(TARGET, "--neighbours", "--json", "--zones", "spfbl");
        JsonNode report = run.json();

        assertThat(report.path("results")).hasSize(1);
        assertThat(result(report, "spfbl").path("status").asText()).isEqualTo("listed");
        assertThat(report.path("status").asText()).isEqualTo("warn");
        // no range list lists the target here: the share of listed neighbours alone decides
        JsonNode neighbourhood = report.path("neighbourhood");
        assertThat(neighbourhood.path("verdict").asText()).isEqualTo("provider_range");
        assertThat(neighbourhood.path("reason").asText()).contains(list("spfbl").name()).contains("153.122.40.0/24");
        assertThat(run.exitCode()).isEqualTo(1);
        assertEveryQueryWentToTheTestResolver(report);
    }

    @Test
    void textReportNamesTheListsAndTheVerdict() {
        CliRun run = cli(TARGET, "--neighbours", "--zones", "spfbl,spamcop,spamhaus-zen,uceprotect-2");

        assertThat(run.out()).contains("Blocklist check for " + TARGET, "Resolver: " + resolver);
        for (String id : List.of("spfbl", "spamcop", "spamhaus-zen", "uceprotect-2")) {
            assertThat(run.out()).contains(list(id).name() + " (" + list(id).zones().ipv4() + ")");
        }
        assertThat(run.out())
                .contains("Listed 127.0.0.2", "Not listed", "Refused")
                .contains("TXT: https://matrix.spfbl.net/153.122.40.105")
                .contains("Neighbourhood 153.122.40.0/24: Provider range burned")
                .contains("PTR: v153-122-40-105.static.example.jp - looks generic")
                .contains("Forward confirmation:")
                .contains("AS7506 INTERQ GMO Internet,Inc, JP (153.122.0.0/16, JP)");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(3);
    }

    @Test
    void domainsAreCheckedOnTheDomainList() throws IOException {
        // the zone name selects the catalogue entry just as its id would
        CliRun run = cli("shop.cheap-meds.example", "maildoctor-clean.example", "--json", "--zones", "dbl.spamhaus.org");
        JsonNode reports = run.json();

        assertThat(reports.isArray()).isTrue();
        assertThat(reports).hasSize(2);
        JsonNode listed = reports.get(0);
        assertThat(listed.path("target").asText()).isEqualTo("shop.cheap-meds.example");
        JsonNode dbl = result(listed, "spamhaus-dbl");
        assertThat(dbl.path("zone").asText()).isEqualTo("dbl.spamhaus.org");
        assertThat(dbl.path("name").asText()).isEqualTo("shop.cheap-meds.example.dbl.spamhaus.org");
        assertThat(dbl.path("status").asText()).isEqualTo("listed");
        assertThat(strings(dbl.path("codes"))).containsExactly("127.0.1.2");
        assertThat(dbl.path("meaning").asText()).isEqualTo(meaning("spamhaus-dbl", "127.0.1.2"));
        // rbldnsd puts the matching entry, not the queried name, where the template has "$"
        assertThat(dbl.path("txt").asText()).isEqualTo("https://www.spamhaus.org/query/domain/cheap-meds.example");
        assertThat(dbl.path("major_providers_block").asBoolean()).isTrue();
        assertThat(listed.path("neighbourhood").isNull()).isTrue();
        assertThat(listed.path("network").isNull()).isTrue();
        assertThat(listed.path("status").asText()).isEqualTo("fail");

        JsonNode clean = reports.get(1);
        assertThat(result(clean, "spamhaus-dbl").path("status").asText()).isEqualTo("not_listed");
        assertThat(clean.path("status").asText()).isEqualTo("pass");

        // the worst of the two: listed where major providers block
        assertThat(run.exitCode()).isEqualTo(2);
        reports.forEach(BlocklistCheckIT::assertEveryQueryWentToTheTestResolver);
    }

    @Test
    void listsFailingTheirTestPointsGiveNoVerdict() throws IOException {
        CliRun run = cli(TARGET, "--json", "--zones", "psbl,justspam,spamcop");
        JsonNode report = run.json();

        JsonNode psbl = result(report, "psbl");
        assertThat(psbl.path("status").asText()).isEqualTo("error");
        assertThat(psbl.path("reason").asText()).contains("2.0.0.127.psbl.surriel.com").contains("not listed");
        JsonNode justspam = result(report, "justspam");
        assertThat(justspam.path("status").asText()).isEqualTo("error");
        assertThat(justspam.path("reason").asText()).contains("1.0.0.127.dnsbl.justspam.org");
        assertThat(result(report, "spamcop").path("status").asText()).isEqualTo("not_listed");

        assertThat(report.path("status").asText()).isEqualTo("unknown");
        assertThat(run.exitCode()).isEqualTo(3);
        assertEveryQueryWentToTheTestResolver(report);
    }

    /** The whole catalogue, as the app runs it: lists this resolver path cannot reach are errors, never clean. */
    @Test
    void engineOverTheWholeCatalogue() {
        DnsblChecker checker = new DnsblChecker(CATALOGUE, Clock.systemUTC());
        Target target = TargetParser.parse(TARGET);
        DnsblReport report = checker.check(new DnsSettings(List.of(resolver), Duration.ofSeconds(2),
                DnsSettings.DEFAULT_MAX_IN_FLIGHT).open(), DnsblRequest.of(target), Progress.NONE)
                .toCompletableFuture().join();

        Map<String, ZoneStatus> statuses = report.results().stream()
                .collect(Collectors.toMap(r -> r.list().id(), ZoneResult::status));
        assertThat(statuses).containsEntry("spfbl", ZoneStatus.LISTED)
                .containsEntry("uceprotect-2", ZoneStatus.LISTED)
                .containsEntry("spamcop", ZoneStatus.NOT_LISTED)
                .containsEntry("spamhaus-zen", ZoneStatus.REFUSED)
                .containsEntry("psbl", ZoneStatus.ERROR)
                .containsEntry("justspam", ZoneStatus.ERROR);
        List<String> unserved = CATALOGUE.active().stream()
                .filter(l -> l.zones().ipv4() != null)
                .map(DnsblList::id)
                .filter(id -> !List.of("spfbl", "uceprotect-2", "spamcop", "spamhaus-zen", "psbl", "justspam")
                        .contains(id))
                .toList();
        assertThat(unserved).isNotEmpty();
        for (String id : unserved) {
            assertThat(statuses).as(id).containsEntry(id, ZoneStatus.ERROR);
        }
        assertThat(report.notQueried()).extracting(DnsblList::id).contains("spamhaus-dbl", "sorbs");
        assertThat(report.status()).isEqualTo(Status.UNKNOWN);
        Stream.concat(report.results().stream().flatMap(r -> r.evidence().stream()),
                        report.owner().orElseThrow().evidence().stream())
                .forEach(e -> assertThat(e.resolver()).as(e.name()).isEqualTo(resolver));
    }

    /** SPFBL's listings in 153.122.40.0/24 (the data above), as a predicate. */
    private static boolean spfblListsNeighbour(Inet4Address address) {
        int last = address.getAddress()[3] & 0xff;
        return (last <= 191 && last != 77) || List.of(200, 213, 226, 239).contains(last);
    }

    private static List<Inet4Address> sampleOfTargetsSlash24() {
        Inet4Address target = address(TARGET);
        return NeighbourSample.choose(Ipv4Range.of(target, 24), target, NeighbourSample.DEFAULT_SIZE);
    }

    private static Inet4Address address(String text) {
        return ((Target.Ipv4) TargetParser.parse(text)).address();
    }

    private static void assertEveryQueryWentToTheTestResolver(JsonNode report) {
        List<String> resolvers = report.findValues("evidence").stream()
                .flatMap(evidence -> stream(evidence).map(e -> e.path("resolver").asText()))
                .toList();
        assertThat(resolvers).isNotEmpty().allMatch(resolver::equals);
    }

    private static DnsblList list(String id) {
        return CATALOGUE.byId(id).orElseThrow(() -> new AssertionError("no list " + id + " in the catalogue"));
    }

    private static String meaning(String listId, String code) {
        return list(listId).code(code).orElseThrow().meaning().in(Locale.ENGLISH);
    }

    private static JsonNode result(JsonNode report, String listId) {
        return stream(report.path("results")).filter(r -> r.path("list_id").asText().equals(listId)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + listId + " in " + report));
    }

    private static List<String> strings(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    /** Runs {@code maildoctor dnsbl ...} in this JVM against the test resolver, in English. */
    private static CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of("dnsbl"));
        all.addAll(List.of(args));
        all.addAll(List.of("--resolver", resolver, "--timeout", "2s", "--lang", "en"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }

    private record CliRun(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            assertThat(err).as("stderr").isEmpty();
            return JSON.readTree(out);
        }
    }
}
