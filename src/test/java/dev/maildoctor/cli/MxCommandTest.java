package dev.maildoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maildoctor.testing.FakeDnsServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code mx} and {@code relay-config} command-line contract: fields, output and exit codes. */
class MxCommandTest {
    private final FakeDnsServer server = new FakeDnsServer();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @BeforeEach
    void zones() {
        server.add("partner-a.example", "MX", "1 aspmx.l.google.com.")
                .add("partner-a.example", "MX", "5 alt1.aspmx.l.google.com.")
                .add("partner-b.example", "MX", "10 smtp.google.com.")
                .add("partner-c.example", "MX", "0 partner-c-example.mail.protection.outlook.com.")
                .add("own.example", "MX", "10 mail.own.example.")
                .add("xn--ickos0l2dyb.jp", "MX", "1 aspmx.l.google.com.")
                .add("relay.provider.example", "A", "192.0.2.25")
                .add("sender.example", "TXT", "v=spf1 a mx ~all")
                .timeout("*.slow.example");
    }

    @AfterEach
    void close() {
        server.close();
    }

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), CliArgs.withResolver(server, args));
    }

    @Test
    void mxJsonNamesProviderEvidenceAndUnicodeForm() throws Exception {
        int code = run("mx", "partner-a.example", "someone@partner-c.example", "エクサンプル.jp", "own.example", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        JsonNode domains = json.get("domains");
        assertThat(domains).hasSize(4);
        JsonNode a = domains.get(0);
        assertThat(a.get("domain").asText()).isEqualTo("partner-a.example");
        assertThat(a.get("provider").asText()).isEqualTo("google_workspace");
        assertThat(a.get("mx").get(0).get("host").asText()).isEqualTo("aspmx.l.google.com");
        assertThat(a.get("mx").get(0).get("preference").asInt()).isEqualTo(1);
        assertThat(a.get("matched_rule").get("mx_host").asText()).isEqualTo("aspmx.l.google.com");
        assertThat(a.get("status").asText()).isEqualTo("pass");
        assertThat(domains.get(1).get("provider").asText()).isEqualTo("microsoft365");
        assertThat(domains.get(2).get("domain").asText()).isEqualTo("xn--ickos0l2dyb.jp");
        assertThat(domains.get(2).get("domain_unicode").asText()).isEqualTo("エクサンプル.jp");
        assertThat(domains.get(3).get("provider").asText()).isEqualTo("self_hosted");
        assertThat(json.get("counts").get("google_workspace").asInt()).isEqualTo(2);
    }

    @Test
    void aFailedLookupIsUnknownNeverAGuess() throws Exception {
        int code = run("mx", "partner-a.example", "x.slow.example", "--json");
        assertThat(code).isEqualTo(3);
        JsonNode d = new ObjectMapper().readTree(out.toString()).get("domains").get(1);
        assertThat(d.get("provider").asText()).isEqualTo("unknown");
        assertThat(d.get("status").asText()).isEqualTo("unknown");
        assertThat(d.get("problem").asText()).isNotBlank();
    }

    @Test
    void domainsComeFromFilesOfAddressesWithDuplicatesRemoved() throws Exception {
        Path list = dir.resolve("partners.txt");
        Files.writeString(list, "# partners\nTanaka <tanaka@partner-b.example>\npartner-a.example, PARTNER-A.example.\n",
                StandardCharsets.UTF_8);
        int code = run("mx", "--file", list.toString(), "--lang", "en");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("partner-b.example", "partner-a.example", "Google")
                .contains("Hosted at Google (2): partner-b.example partner-a.example");
    }

    @Test
    void noDomainsIsAUsageError() {
        assertThat(run("mx", "--json")).isEqualTo(3);
        assertThat(err.toString()).contains("No recipient domains");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void relayConfigForGoogleRecipientsWithSpf() throws Exception {
        int code = run("relay-config", "--relay", "relay.provider.example:587", "--sasl-user", "user@example.jp",
                "--sender-domain", "sender.example", "partner-a.example", "partner-b.example", "partner-c.example",
                "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("transport").asText())
                .contains("partner-a.example smtp:[relay.provider.example]:587")
                .contains("partner-b.example smtp:[relay.provider.example]:587")
                .doesNotContain("partner-c.example smtp");
        assertThat(json.get("main_cf").asText()).contains("transport_maps", "smtp_sasl_auth_enable = yes",
                "smtp_sasl_security_options = noanonymous");
        assertThat(json.get("sasl_passwd").asText()).contains("[relay.provider.example]:587 user@example.jp:");
        assertThat(json.get("commands")).isNotEmpty();
        assertThat(json.get("skipped").get(0).get("domain").asText()).isEqualTo("partner-c.example");
        JsonNode spf = json.get("spf");
        assertThat(spf.get("current").asText()).isEqualTo("v=spf1 a mx ~all");
        assertThat(spf.get("proposed").asText()).contains("ip4:192.0.2.25").endsWith("~all");
        assertThat(spf.get("lookups").asInt()).isEqualTo(2);
    }

    @Test
    void relayConfigForGoogleAndMicrosoftAsText() {
        int code = run("relay-config", "--relay", "[relay.provider.example]:465", "--for", "google,microsoft",
                "partner-a.example", "partner-c.example", "--lang", "ja");
        assertThat(code).as(err.toString()).isZero();
        // Port 465 is implicit TLS: a master.cf service in wrapper mode, named in the transport map.
        assertThat(out.toString()).contains("partner-c.example smtps-relay:[relay.provider.example]:465")
                .contains("/etc/postfix/transport", "/etc/postfix/master.cf に追加", "smtp_tls_wrappermode=yes",
                        "relayhost");
    }

    @Test
    void noDomainAtTheChosenProvidersWritesNothingAndWarns() {
        int code = run("relay-config", "--relay", "relay.provider.example", "partner-c.example", "own.example");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("partner-c.example: Microsoft 365", "own.example: Own mail server");
    }

    @Test
    void anExistingTransportFileIsCompared() throws Exception {
        Path transport = dir.resolve("transport");
        Files.writeString(transport, "partner-a.example smtp:[relay.provider.example]:587\nold.example smtp:[x]:25\n");
        int code = run("relay-config", "--relay", "relay.provider.example", "--transport", transport.toString(),
                "partner-a.example", "partner-b.example", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode t = new ObjectMapper().readTree(out.toString()).get("transport_comparison");
        assertThat(t.get("missing").toString()).contains("partner-b.example");
        assertThat(t.get("redundant").toString()).contains("old.example");
    }

    @Test
    void badRelayOrSelectionIsAUsageError() {
        assertThat(run("relay-config", "--relay", "bad host:99999", "partner-a.example")).isEqualTo(3);
        assertThat(run("relay-config", "--relay", "relay.provider.example", "--for", "yahoo", "partner-a.example"))
                .isEqualTo(3);
        assertThat(err.toString()).contains("--for");
    }
}
