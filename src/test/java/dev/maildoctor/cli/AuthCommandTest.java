package dev.maildoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maildoctor.testing.FakeDnsServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code spf}, {@code spf-build} and {@code auth} command-line contract: fields, output and exit codes. */
class AuthCommandTest {
    private final FakeDnsServer server = new FakeDnsServer();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void zones() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String key = Base64.getEncoder().encodeToString(rsa.generateKeyPair().getPublic().getEncoded());
        server.add("sender.example", "TXT", "v=spf1 ip4:192.0.2.0/24 include:_spf.partner.example -all")
                .add("_spf.partner.example", "TXT", "v=spf1 ip4:198.51.100.0/24 ~all")
                .add("soft.example", "TXT", "v=spf1 ~all")
                .add("sender.example", "MX", "10 mail.sender.example.")
                .add("_dmarc.sender.example", "TXT", "v=DMARC1; p=quarantine; rua=mailto:dmarc@reports.example")
                .add("sender.example._report._dmarc.reports.example", "TXT", "v=DMARC1")
                .add("sel1._domainkey.sender.example", "TXT", "v=DKIM1; k=rsa; p=" + key)
                .add("25.2.0.192.in-addr.arpa", "PTR", "mail.sender.example.")
                .add("mail.sender.example", "A", "192.0.2.25")
                .add("9.2.0.192.in-addr.arpa", "PTR", "192-0-2-9.dsl.isp.example.")
                .timeout("*.slow.example")
                .timeout("slow.example");
    }

    @AfterEach
    void close() {
        server.close();
    }

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), CliArgs.withResolver(server, args));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void spfPassThroughAnIncludeShowsTheTree() throws Exception {
        int code = run("spf", "sender.example", "--ip", "198.51.100.7", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = json();
        assertThat(json.get("result").asText()).isEqualTo("pass");
        assertThat(json.get("explanation").isNull()).isTrue();
        assertThat(json.get("lookups").asInt()).isEqualTo(1);
        assertThat(json.get("void_lookups").asInt()).isZero();
        assertThat(json.get("record").asText()).startsWith("v=spf1 ip4:192.0.2.0/24");
        assertThat(json.get("problems").isArray()).isTrue();
        JsonNode tree = json.get("tree");
        assertThat(tree.get("domain").asText()).isEqualTo("sender.example");
        assertThat(tree.get("via").asText()).isEqualTo("check");
        assertThat(tree.get("result").asText()).isEqualTo("pass");
        assertThat(tree.get("lookups").asInt()).isEqualTo(1);
        assertThat(tree.get("steps").get(1).get("term").asText()).isEqualTo("include:_spf.partner.example");
        assertThat(tree.get("steps").get(1).get("matched").asBoolean()).isTrue();
        assertThat(tree.get("steps").get(1).get("target").asText()).isEqualTo("_spf.partner.example");
        JsonNode child = tree.get("children").get(0);
        assertThat(child.get("via").asText()).isEqualTo("include");
        assertThat(child.get("record").asText()).isEqualTo("v=spf1 ip4:198.51.100.0/24 ~all");
    }

    @Test
    void spfExitCodesFollowTheResult() throws Exception {
        assertThat(run("spf", "sender.example", "--ip", "203.0.113.1", "--json")).isEqualTo(2);
        assertThat(json().get("result").asText()).isEqualTo("fail");
        out.getBuffer().setLength(0);
        assertThat(run("spf", "soft.example", "--ip", "203.0.113.1")).isEqualTo(1);
        assertThat(out.toString()).contains("softfail", "soft.example");
        out.getBuffer().setLength(0);
        assertThat(run("spf", "none.example", "--ip", "203.0.113.1", "--json")).isEqualTo(1);
        assertThat(json().get("result").asText()).isEqualTo("none");
        out.getBuffer().setLength(0);
        assertThat(run("spf", "slow.example", "--ip", "203.0.113.1", "--json")).isEqualTo(3);
        assertThat(json().get("result").asText()).isEqualTo("temperror");
        assertThat(run("spf", "sender.example", "--ip", "mail.example.com")).isEqualTo(3);
        assertThat(err.toString()).contains("not an IP address");
    }

    @Test
    void spfBuildCountsThroughIncludesAndGivesEveryForm() throws Exception {
        int code = run("spf-build", "--domain", "sender.example", "--add", "ip4:203.0.113.9", "--remove",
                "ip4:192.0.2.0/24", "--all", "~all", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = json();
        assertThat(json.get("record").asText()).isEqualTo("v=spf1 include:_spf.partner.example ip4:203.0.113.9 ~all");
        assertThat(json.get("lookups").asInt()).isEqualTo(1);
        assertThat(json.get("strings").get(0).asText()).isEqualTo(json.get("record").asText());
        assertThat(json.get("zone_line").asText()).isEqualTo(
                "sender.example. 3600 IN TXT \"v=spf1 include:_spf.partner.example ip4:203.0.113.9 ~all\"");
        assertThat(json.get("form_value").asText()).isEqualTo(json.get("record").asText());
        assertThat(json.get("notes").isArray()).isTrue();
    }

    @Test
    void spfBuildOfflineWarnsNearTheLimitAndFailsOverIt() throws Exception {
        String near = "v=spf1 a mx include:a.example include:b.example include:c.example include:d.example"
                + " include:e.example include:f.example -all";
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), "spf-build", "--current", near, "--lang", "en");
        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("DNS lookups: 8 of 10", "@ 3600 IN TXT", "close to the limit");
        out.getBuffer().setLength(0);
        code = Cli.run(new PrintWriter(out), new PrintWriter(err), "spf-build", "--current", near,
                "--add", "include:g.example", "--add", "include:h.example", "--add", "exists:x.example", "--json");
        assertThat(code).isEqualTo(2);
        assertThat(json().get("lookups").asInt()).isEqualTo(11);
        assertThat(Cli.run(new PrintWriter(out), new PrintWriter(err), "spf-build", "--add", "bogus")).isEqualTo(3);
    }

    @Test
    void authReportsEveryCheckAndTheChecklist() throws Exception {
        int code = run("auth", "sender.example", "--ip", "192.0.2.25", "--helo", "mail.sender.example",
                "--selector", "sel1", "--json");
        assertThat(err.toString()).isEmpty();
        JsonNode json = json();
        JsonNode spf = json.get("spf");
        assertThat(spf.get("result").asText()).isEqualTo("pass");
        assertThat(spf.get("record").asText()).startsWith("v=spf1");
        assertThat(spf.get("lookups").asInt()).isZero();
        assertThat(spf.get("void_lookups").asInt()).isZero();
        assertThat(spf.get("tree").get("domain").asText()).isEqualTo("sender.example");
        assertThat(spf.get("problems").isArray()).isTrue();
        // The summary renders its counts (a number format on a pre-rendered argument once broke it).
        assertThat(json.get("dkim_summary").asText()).containsPattern("\\d+ DKIM key");
        JsonNode sel1 = null;
        for (JsonNode d : json.get("dkim")) {
            if (d.get("selector").asText().equals("sel1")) {
                sel1 = d;
            }
        }
        assertThat(sel1).isNotNull();
        assertThat(sel1.get("status").asText()).isEqualTo("pass");
        assertThat(sel1.get("key_type").asText()).isEqualTo("rsa");
        assertThat(sel1.get("key_bits").asInt()).isEqualTo(2048);
        assertThat(sel1.get("problems").isArray()).isTrue();
        JsonNode dmarc = json.get("dmarc");
        assertThat(dmarc.get("record").asText()).startsWith("v=DMARC1");
        assertThat(dmarc.get("policy").asText()).isEqualTo("quarantine");
        assertThat(dmarc.get("status").asText()).isNotBlank();
        assertThat(dmarc.get("external_destinations").get(0).get("uri").asText())
                .isEqualTo("mailto:dmarc@reports.example");
        assertThat(dmarc.get("external_destinations").get(0).get("authorized").asText()).isEqualTo("yes");
        JsonNode ptr = json.get("ptr");
        assertThat(ptr.get("names").get(0).asText()).isEqualTo("mail.sender.example");
        assertThat(ptr.get("fcrdns").asText()).isEqualTo("confirmed");
        assertThat(ptr.get("generic").asBoolean()).isFalse();
        assertThat(ptr.get("helo_matches").asBoolean()).isTrue();
        assertThat(json.get("tls").isNull()).isTrue();
        Map<String, String> checklist = new HashMap<>();
        json.get("checklist").forEach(i -> checklist.put(i.get("id").asText(), i.get("status").asText()));
        assertThat(checklist).containsEntry("spf", "pass").containsEntry("dkim", "pass").containsEntry("dmarc", "pass")
                .containsEntry("alignment", "pass").containsEntry("ptr", "pass").containsEntry("tls", "unknown")
                .containsEntry("unsubscribe", "unknown");
        assertThat(json.get("checklist").get(0).get("message").asText()).isNotBlank();
        int expected = dmarc.get("status").asText().equals("pass") ? 0 : 1;
        assertThat(code).as(err.toString()).isEqualTo(expected);
    }

    @Test
    void authWithoutAnAddressJudgesTheRecordAndAGenericPtrWarns() throws Exception {
        int code = run("auth", "sender.example", "--json");
        JsonNode json = json();
        assertThat(json.get("spf").get("result").isNull()).isTrue();
        assertThat(json.get("spf").get("status").asText()).isEqualTo("pass");
        assertThat(json.get("spf").get("tree").get("children").get(0).get("domain").asText())
                .isEqualTo("_spf.partner.example");
        assertThat(json.get("ptr").isNull()).isTrue();
        // Only guessed selectors, none found: DKIM cannot be judged, so the run is UNKNOWN.
        assertThat(code).isEqualTo(3);

        out.getBuffer().setLength(0);
        code = run("auth", "sender.example", "--ip", "192.0.2.9", "--selector", "sel1", "--json");
        JsonNode ptr = json().get("ptr");
        assertThat(ptr.get("generic").asBoolean()).isTrue();
        assertThat(ptr.get("fcrdns").asText()).isEqualTo("mismatch");
        assertThat(ptr.get("status").asText()).isEqualTo("fail");
        assertThat(code).isEqualTo(2);
    }

    @Test
    void authTextInJapanese() {
        run("auth", "nodmarc.example", "--lang", "ja");
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("送信者認証", "一括送信者要件", "SPF", "DMARC");
        out.getBuffer().setLength(0);
        run("auth", "sender.example", "--selector", "sel1", "--lang", "en");
        assertThat(out.toString()).contains("Sender authentication of sender.example", "include _spf.partner.example",
                "bulk-sender requirements", "Not found among provider-known selectors");
    }
}
