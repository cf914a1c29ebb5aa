package dev.maildoctor.cli;

import static dev.maildoctor.app.IncidentDns.listed;
import static dev.maildoctor.testing.FakeDnsServer.rr;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maildoctor.app.IncidentDns;
import dev.maildoctor.core.message.bounce.BounceDecoder;
import dev.maildoctor.testing.FakeDnsServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code maildoctor bounce}: the JSON contract, the text in both languages, exit codes, inputs that cannot be read. */
class BounceCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private FakeDnsServer dns;

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        if (dns != null) {
            dns.close();
        }
    }

    static String resource(String name) {
        try {
            return Path.of(BounceCommandTest.class.getResource("/dev/maildoctor/cli/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void incidentBounceIsExplainedAndCritical() throws Exception {
        int code = run("bounce", resource("incident-bounce.txt"), "--json", "--lang", "en");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEmpty();
        JsonNode json = json();
        assertThat(json.get("file").asText()).endsWith("incident-bounce.txt");
        assertThat(json.get("is_bounce").asBoolean()).isTrue();
        assertThat(json.get("sending_ip").asText()).isEqualTo("153.122.40.105");
        JsonNode r = json.get("recipients").get(0);
        assertThat(r.get("recipient").asText()).endsWith("@gmail.com");
        assertThat(r.get("status").asText()).isEqualTo("5.7.1");
        assertThat(r.get("reply_code").asInt()).isEqualTo(550);
        assertThat(r.get("remote_host").asText()).isEqualTo("gmail-smtp-in.l.google.com");
        assertThat(r.get("remote_ip").asText()).isEqualTo("142.250.157.27");
        assertThat(r.get("diagnostic").asText()).contains("very low reputation");
        assertThat(r.get("stage").asText()).isEqualTo("end_of_data");
        assertThat(r.get("reason").asText()).isEqualTo("badreputation");
        assertThat(r.get("provider").asText()).isEqualTo("gmail");
        assertThat(r.get("explanation").asText()).isNotBlank();
        assertThat(r.get("next_steps").size()).isGreaterThan(0);
        assertThat(r.get("check_blocklists").asBoolean()).isTrue();
        assertThat(json.get("blocklist_check").isNull()).isTrue();
    }

    @Test
    void standardInputIsRead() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(resource("incident-bounce.txt")))));
            assertThat(run("bounce", "-", "--json")).isEqualTo(2);
        } finally {
            System.setIn(saved);
        }
        assertThat(json().get("file").asText()).isEqualTo("-");
        assertThat(json().get("recipients").get(0).get("reason").asText()).isEqualTo("badreputation");
    }

    @Test
    void severalFilesGiveAnArrayInOrderAndTheWorstCode() throws Exception {
        int code = run("bounce", resource("delayed.txt"), resource("not-a-bounce.txt"), resource("incident-bounce.txt"),
                "--json");
        JsonNode json = json();
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(3);
        assertThat(json.get(0).get("file").asText()).endsWith("delayed.txt");
        assertThat(json.get(1).get("is_bounce").asBoolean()).isFalse();
        assertThat(json.get(2).get("file").asText()).endsWith("incident-bounce.txt");
        assertThat(code).isEqualTo(2);
    }

    @Test
    void onlyTemporaryFailuresAreAWarningAndNoFailureIsOk() {
        assertThat(run("bounce", resource("delayed.txt"))).isEqualTo(1);
        assertThat(run("bounce", resource("not-a-bounce.txt"))).isEqualTo(0);
    }

    @Test
    void mboxMessagesAreOneFileObjectWithMessageIndexes() throws Exception {
        assertThat(run("bounce", resource("two-bounces.mbox"), "--json")).isEqualTo(2);
        JsonNode json = json();
        assertThat(json.isObject()).isTrue();
        assertThat(json.get("messages")).hasSize(2);
        List<Integer> indexes = new ArrayList<>();
        json.get("recipients").forEach(r -> indexes.add(r.get("message").asInt()));
        assertThat(indexes).containsExactly(1, 2);
        assertThat(json.get("recipients").get(1).get("reason").asText()).isEqualTo("userunknown");
    }

    @Test
    void missingFileIsAOneLineErrorAndUnknown() {
        assertThat(run("bounce", temp.resolve("nope.eml").toString(), "--json")).isEqualTo(3);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("nope.eml");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void oversizedInputIsRefusedWithoutReadingIt() throws Exception {
        Path huge = temp.resolve("huge.eml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(BounceDecoder.MAX_INPUT_BYTES + 1);
        }
        assertThat(run("bounce", huge.toString(), "--lang", "ja")).isEqualTo(3);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("huge.eml").contains("64 MB");
    }

    @Test
    void unreadableAmongSeveralIsReportedInTheArray() throws Exception {
        int code = run("bounce", resource("delayed.txt"), temp.resolve("gone.eml").toString(), "--json");
        JsonNode json = json();
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("error").asText()).contains("gone.eml");
        assertThat(code).isEqualTo(3);
    }

    @Test
    void textInEnglishAndJapanese() {
        run("bounce", resource("incident-bounce.txt"), "--lang", "en");
        assertThat(out.toString()).contains("Permanent failure").contains("badreputation").contains("Gmail")
                .contains("Sending server: 153.122.40.105").contains("--check");
        out.getBuffer().setLength(0);
        run("bounce", resource("incident-bounce.txt"), "--lang", "ja");
        assertThat(out.toString()).contains("恒久的なエラー").contains("送信サーバ: 153.122.40.105").contains("原因:");
    }

    @Test
    void checkRunsTheBlocklistsOnTheSendingAddressAndConcludes() throws Exception {
        dns = new FakeDnsServer();
        new IncidentDns(dns, "153.122.40")
                .list("dnsbl.spfbl.net", octet -> octet == 105
                        ? List.of(rr("A", "127.0.0.2"), rr("TXT", "https://spfbl.net/en/ip/153.122.40.105"))
                        : octet % 4 != 0 ? listed("127.0.0.2") : null)
                .list("bl.spamcop.net", octet -> null);
        String resolver = dns.address().getHostString() + ":" + dns.address().getPort();
        int code = run("bounce", resource("incident-bounce.txt"), "--check", "--zones", "spfbl,spamcop",
                "--sample", "16", "--resolver", resolver, "--timeout", "500ms", "--json");

        assertThat(code).isEqualTo(2);
        JsonNode json = json();
        JsonNode check = json.get("blocklist_check");
        assertThat(check.get("target").asText()).isEqualTo("153.122.40.105");
        assertThat(check.get("neighbourhood").get("verdict").asText()).isEqualTo("provider_range");
        assertThat(json.get("messages").get(0).get("blocklist_status").asText()).isNotEmpty();
        assertThat(json.get("recipients").get(0).get("conclusion").asText()).isNotBlank();
        assertThat(dns.queries()).noneMatch(q -> q.name().contains("27.157.250.142"));

        out.getBuffer().setLength(0);
        run("bounce", resource("incident-bounce.txt"), "--check", "--zones", "spfbl,spamcop", "--sample", "16",
                "--resolver", resolver, "--timeout", "500ms", "--lang", "en");
        assertThat(out.toString()).contains("Blocklist check of 153.122.40.105: Mail from 153.122.40.105")
                .contains("provider's range is burned").contains("Neighbourhood 153.122.40.0/24");
    }
}
