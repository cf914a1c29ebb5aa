package dev.maildoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maildoctor.core.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON and text forms of a mail-log summary, from a hand-built summary. */
class MaillogReportsTest {
    @Test
    void jsonHasTheContractFields() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonText.write(
                new MaillogJson(Messages.forLanguage("en")).toJson(BounceSamples.log(), List.of("maillog"))));
        assertThat(json.get("lines").asLong()).isEqualTo(12345);
        assertThat(json.get("messages").asLong()).isEqualTo(480);
        assertThat(json.get("by_status").get("sent").asLong()).isEqualTo(160);
        assertThat(json.get("by_status").get("deferred").asLong()).isEqualTo(12);
        assertThat(json.get("by_status").get("bounced").asLong()).isEqualTo(300);
        JsonNode gmail = json.get("by_domain").get(1);
        assertThat(gmail.get("domain").asText()).isEqualTo("gmail.com");
        for (String field : new String[] {"sent", "deferred", "bounced"}) {
            assertThat(gmail.has(field)).as(field).isTrue();
        }
        assertThat(gmail.get("top_responses").get(0).get("count").asLong()).isEqualTo(300);
        assertThat(gmail.get("top_responses").get(0).get("response").asText()).startsWith("550-5.7.1");
        JsonNode incident = json.get("incidents").get(0);
        assertThat(incident.get("provider").asText()).isEqualTo("gmail");
        assertThat(incident.get("reason").asText()).isEqualTo("badreputation");
        assertThat(incident.get("first_seen").asText()).isEqualTo("2019-05-29T14:02:00");
        assertThat(incident.get("last_seen").asText()).isEqualTo("2019-05-31T09:10:00");
        assertThat(incident.get("count").asLong()).isEqualTo(312);
        assertThat(incident.get("example").asText()).contains("very low reputation");
        assertThat(json.get("recipient_domains")).hasSize(2);
        assertThat(json.get("per_day").get(0).get("day").asText()).isEqualTo("2019-05-29");
        assertThat(json.get("files").get(0).asText()).isEqualTo("maillog");
    }

    @Test
    void textLeadsWithIncidentsInBothLanguages() {
        String en = new MaillogTextReport(Messages.forLanguage("en")).render(BounceSamples.log());
        assertThat(en).contains("Mail log: 12345 lines, 480 messages").contains("Sent 160, deferred 12, bounced 300")
                .contains("Gmail: Bad sender reputation, 312 messages refused from 2019-05-29 14:02 to 2019-05-31 09:10")
                .contains("Most frequent replies from gmail.com").contains("300× 550-5.7.1");
        assertThat(en.indexOf("gmail.com")).isLessThan(en.indexOf("yahoo.co.jp"));
        String ja = new MaillogTextReport(Messages.forLanguage("ja")).render(BounceSamples.log());
        assertThat(ja).contains("メールログ: 12345 行、480 通").contains("障害（1 件）").contains("2019-05-29 14:02〜2019-05-31 09:10 に 312 通");
    }
}
