package dev.maildoctor.cli;

import static dev.maildoctor.cli.BounceCommandTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code maildoctor maillog}: the JSON contract, the text in both languages and the exit codes. */
class MaillogCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    private int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void incidentLogIsCriticalWithTheContractFields() throws Exception {
        int code = run("maillog", resource("sample-maillog.log"), "--json");

        assertThat(code).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("lines").asLong()).isEqualTo(269);
        assertThat(json.get("messages").asLong()).isGreaterThan(80);
        JsonNode byStatus = json.get("by_status");
        assertThat(byStatus.get("sent").asLong()).isGreaterThan(0);
        assertThat(byStatus.get("deferred").asLong()).isGreaterThan(0);
        assertThat(byStatus.get("bounced").asLong()).isGreaterThan(0);
        JsonNode gmail = null;
        for (JsonNode d : json.get("by_domain")) {
            if (d.get("domain").asText().equals("gmail.com")) {
                gmail = d;
            }
        }
        assertThat(gmail).isNotNull();
        assertThat(gmail.get("bounced").asLong()).isGreaterThan(0);
        assertThat(gmail.get("top_responses").get(0).get("response").asText()).contains("reputation");
        JsonNode incident = json.get("incidents").get(0);
        assertThat(incident.get("provider").asText()).isIn("gmail", "google_workspace");
        assertThat(incident.get("reason").asText()).isEqualTo("badreputation");
        assertThat(incident.get("first_seen").asText()).contains("-05-29T14:");
        assertThat(incident.get("count").asLong()).isGreaterThan(5);
        assertThat(incident.get("example").asText()).contains("very low reputation");
        assertThat(json.get("recipient_domains").toString()).contains("gmail.com").contains("yahoo.co.jp");
    }

    @Test
    void exitCodesFollowTheWorstFinding() {
        assertThat(run("maillog", resource("all-sent.log"))).isEqualTo(0);
        assertThat(run("maillog", resource("deferred.log"))).isEqualTo(1);
        assertThat(run("maillog", temp.resolve("missing.log").toString())).isEqualTo(3);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("missing.log");
    }

    @Test
    void textInEnglishAndJapanese() {
        run("maillog", resource("sample-maillog.log"), "--lang", "en");
        assertThat(out.toString()).contains("Mail log: 269 lines").contains("Incidents (")
                .contains("Bad sender reputation").contains("gmail.com");
        out.getBuffer().setLength(0);
        run("maillog", resource("sample-maillog.log"), "--lang", "ja");
        assertThat(out.toString()).contains("メールログ: 269 行").contains("障害（").contains("送信元 IP の評判が低い");
    }
}
