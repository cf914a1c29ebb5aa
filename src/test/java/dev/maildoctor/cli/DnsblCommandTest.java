package dev.maildoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maildoctor.testing.FakeDnsServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command-line contract: output, JSON fields and monitoring-plugin exit codes. */
class DnsblCommandTest {
    private final FakeDnsServer server = new FakeDnsServer();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void zones() {
        for (String zone : new String[] {"bl.spamcop.net", "dnsbl.spfbl.net"}) {
            server.add("2.0.0.127." + zone, "A", "127.0.0.2");
        }
    }

    @AfterEach
    void close() {
        server.close();
    }

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), CliArgs.withResolver(server, args));
    }

    @Test
    void listedOnABlockingListIsCritical() throws Exception {
        server.add("10.2.0.192.bl.spamcop.net", "A", "127.0.0.2").add("10.2.0.192.bl.spamcop.net", "TXT", "Blocked");
        int code = run("dnsbl", "192.0.2.10", "--zones", "spamcop,spfbl", "--json", "--lang", "en");
        assertThat(code).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("target").asText()).isEqualTo("192.0.2.10");
        assertThat(json.get("resolver").asText()).contains("127.0.0.1");
        JsonNode spamcop = json.get("results").get(0);
        assertThat(spamcop.get("zone").asText()).isEqualTo("bl.spamcop.net");
        assertThat(spamcop.get("name").asText()).isEqualTo("10.2.0.192.bl.spamcop.net");
        assertThat(spamcop.get("status").asText()).isEqualTo("listed");
        assertThat(spamcop.get("codes").get(0).asText()).isEqualTo("127.0.0.2");
        assertThat(spamcop.get("meaning").asText()).isNotBlank();
        assertThat(spamcop.get("txt").asText()).isEqualTo("Blocked");
        assertThat(spamcop.get("delist_url").asText()).startsWith("https://");
        assertThat(json.get("results").get(1).get("status").asText()).isEqualTo("not_listed");
        assertThat(json.has("neighbourhood")).isTrue();
        JsonNode network = json.get("network");
        for (String field : new String[] {"ptr", "ptr_generic", "fcrdns", "asn", "prefix", "holder"}) {
            assertThat(network.has(field)).as(field).isTrue();
        }
    }

    @Test
    void scoringListOnlyIsWarning() {
        server.add("10.2.0.192.dnsbl.spfbl.net", "A", "127.0.0.2");
        assertThat(run("dnsbl", "192.0.2.10", "--zones", "spamcop,spfbl")).isEqualTo(1);
        assertThat(out.toString()).contains("SPFBL").contains("Listed");
    }

    @Test
    void cleanIsOkAndTimeoutIsUnknown() {
        assertThat(run("dnsbl", "192.0.2.20", "--zones", "spamcop")).isEqualTo(0);
        server.timeout("*.dnsbl.spfbl.net");
        assertThat(run("dnsbl", "192.0.2.20", "--zones", "spamcop,spfbl")).isEqualTo(3);
    }

    @Test
    void severalTargetsGiveAnArrayAndTheWorstCode() throws Exception {
        server.add("10.2.0.192.dnsbl.spfbl.net", "A", "127.0.0.2");
        int code = run("dnsbl", "192.0.2.10", "192.0.2.20", "--zones", "spfbl", "--json");
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
        assertThat(code).isEqualTo(1);
    }

    @Test
    void neighboursAddTheVerdict() throws Exception {
        server.answerUnder("2.0.192.dnsbl.spfbl.net", rel -> java.util.List.of(FakeDnsServer.rr("A", "127.0.0.2")));
        run("dnsbl", "192.0.2.10", "--zones", "spfbl", "--neighbours", "--sample", "8", "--json");
        JsonNode n = new ObjectMapper().readTree(out.toString()).get("neighbourhood");
        assertThat(n.get("range").asText()).isEqualTo("192.0.2.0/24");
        assertThat(n.get("scanned").asInt()).isEqualTo(8);
        assertThat(n.get("listed").asInt()).isEqualTo(8);
        assertThat(n.get("verdict").asText()).isEqualTo("provider_range");
    }

    @Test
    void invalidTargetIsAOneLineErrorAndUnknown() {
        assertThat(run("dnsbl", "999.1.1.1", "--lang", "ja")).isEqualTo(3);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("999.1.1.1").contains("IPv4");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void usageErrorsAreUnknown() {
        assertThat(run("dnsbl")).isEqualTo(3);
        assertThat(run("dnsbl", "192.0.2.1", "--range", "10.0.0.0/8")).isEqualTo(3);
        assertThat(run("dnsbl", "192.0.2.1", "--sample", "0")).isEqualTo(3);
        assertThat(Cli.run(new PrintWriter(out), new PrintWriter(err), "dnsbl", "192.0.2.1", "--timeout", "soon"))
                .isEqualTo(3);
    }

    @Test
    void japaneseOutput() {
        server.add("10.2.0.192.bl.spamcop.net", "A", "127.0.0.2");
        run("dnsbl", "192.0.2.10", "--zones", "spamcop", "--lang", "ja");
        assertThat(out.toString()).contains("掲載あり").contains("ブラックリスト確認");
    }
}
