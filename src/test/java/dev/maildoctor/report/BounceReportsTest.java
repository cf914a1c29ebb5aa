package dev.maildoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maildoctor.core.diagnosis.ProofConclusion;
import dev.maildoctor.core.diagnosis.ProofKind;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.model.Msg;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON and text forms of a bounce, from hand-built decoder results. */
class BounceReportsTest {
    private final Messages en = Messages.forLanguage("en");
    private final Messages ja = Messages.forLanguage("ja");

    private JsonNode json(BounceFile file) throws Exception {
        String text = JsonText.write(new BounceJson(en, BounceSamples::knowledge).toJson(file));
        return new ObjectMapper().readTree(text);
    }

    @Test
    void jsonHasTheContractFields() throws Exception {
        JsonNode json = json(BounceFile.of("bounce.eml", List.of(BounceSamples.incident())));
        assertThat(json.get("file").asText()).isEqualTo("bounce.eml");
        assertThat(json.get("is_bounce").asBoolean()).isTrue();
        assertThat(json.get("sending_ip").asText()).isEqualTo("153.122.40.105");
        assertThat(json.get("format").asText()).isEqualTo("postfix");
        assertThat(json.get("blocklist_check").isNull()).isTrue();
        JsonNode r = json.get("recipients").get(0);
        assertThat(r.get("recipient").asText()).isEqualTo("user@gmail.com");
        assertThat(r.get("status").asText()).isEqualTo("5.7.1");
        assertThat(r.get("reply_code").asInt()).isEqualTo(550);
        assertThat(r.get("remote_host").asText()).isEqualTo("gmail-smtp-in.l.google.com");
        assertThat(r.get("remote_ip").asText()).isEqualTo("142.250.157.27");
        assertThat(r.get("diagnostic").asText()).contains("very low reputation");
        assertThat(r.get("stage").asText()).isEqualTo("end_of_data");
        assertThat(r.get("reason").asText()).isEqualTo("badreputation");
        assertThat(r.get("provider").asText()).isEqualTo("gmail");
        assertThat(r.get("explanation").asText()).startsWith("Gmail refuses mail");
        assertThat(r.get("next_steps")).hasSize(2);
        assertThat(r.get("help_url").asText()).isEqualTo("https://support.google.com/mail/answer/188131");
        assertThat(r.get("check_blocklists").asBoolean()).isTrue();
        assertThat(r.get("outcome").asText()).isEqualTo("permanent");
        assertThat(r.get("message").asInt()).isEqualTo(1);
        assertThat(r.get("conclusion").isNull()).isTrue();
        assertThat(json.get("messages")).hasSize(1);
    }

    @Test
    void mboxMessagesShareTheFileObject() throws Exception {
        BounceReport second = new BounceReport("box.mbox", 2, true, "rfc3464", Optional.empty(),
                List.of(BounceSamples.deferred()), Optional.empty());
        JsonNode json = json(BounceFile.of("box.mbox", List.of(BounceSamples.incident(), second)));
        assertThat(json.get("recipients")).hasSize(2);
        assertThat(json.get("recipients").get(1).get("message").asInt()).isEqualTo(2);
        assertThat(json.get("recipients").get(1).get("outcome").asText()).isEqualTo("temporary");
        assertThat(json.get("recipients").get(1).get("explanation").isNull()).isTrue();
        assertThat(json.get("recipients").get(1).get("next_steps")).isEmpty();
        assertThat(json.get("messages").get(1).get("index").asInt()).isEqualTo(2);
        assertThat(json.get("outcome").asText()).isEqualTo("permanent");
    }

    @Test
    void notABounceSaysWhy() throws Exception {
        JsonNode json = json(BounceFile.of("-", List.of(BounceSamples.notABounce())));
        assertThat(json.get("is_bounce").asBoolean()).isFalse();
        assertThat(json.get("notice").asText()).isNotBlank();
        assertThat(json.get("recipients")).isEmpty();
        assertThat(json.get("sending_ip").isNull()).isTrue();
    }

    @Test
    void conclusionIsRenderedPerRecipient() throws Exception {
        FailedRecipient r = BounceSamples.gmailReputation();
        BounceFile file = new BounceFile("-", List.of(BounceSamples.incident()), Map.of(),
                Map.of(r, new ProofConclusion(ProofKind.PROVIDER_RANGE,
                        Msg.of("bounce.text.check_hint", "153.122.40.105"), List.of("SPFBL"))));
        JsonNode recipient = json(file).get("recipients").get(0);
        assertThat(recipient.get("conclusion").asText()).contains("153.122.40.105");
        assertThat(recipient.get("conclusion_kind").asText()).isEqualTo("provider_range");
        assertThat(recipient.get("listed_on").get(0).asText()).isEqualTo("SPFBL");
        assertThat(new BounceTextReport(en, BounceSamples::knowledge).render(file))
                .contains("Blocklist check of 153.122.40.105:");
    }

    @Test
    void textExplainsInEnglishAndJapanese() {
        BounceFile file = BounceFile.of("bounce.eml", List.of(BounceSamples.incident()));
        String english = new BounceTextReport(en, BounceSamples::knowledge).render(file);
        assertThat(english).contains("Bounce: bounce.eml").contains("Sending server: 153.122.40.105")
                .contains("user@gmail.com: Permanent failure (5.7.1, 550)")
                .contains("Reason: Bad sender reputation (badreputation)").contains("Provider: Gmail")
                .contains("Receiving server: gmail-smtp-in.l.google.com [142.250.157.27]")
                .contains("What it means: Gmail: low reputation of the sending IP")
                .contains("1. Check the address on the blocklists.")
                .contains("More: https://support.google.com/mail/answer/188131")
                .contains("--check");
        String japanese = new BounceTextReport(ja, BounceSamples::knowledge).render(file);
        assertThat(japanese).contains("恒久的なエラー").contains("原因: 送信元 IP の評判が低い（badreputation）")
                .contains("送信サーバ: 153.122.40.105")
                .contains("意味: Gmail: 送信元 IP の評価が低い").contains("やるべきこと");
    }

    @Test
    void outcomeFollowsActionAndCodes() {
        assertThat(BounceOutcome.of(BounceSamples.gmailReputation())).isEqualTo(BounceOutcome.PERMANENT);
        assertThat(BounceOutcome.of(BounceSamples.deferred())).isEqualTo(BounceOutcome.TEMPORARY);
        assertThat(BounceOutcome.worst(List.of(BounceSamples.notABounce()))).isEqualTo(BounceOutcome.NONE);
    }

    @Test
    void followUpChecksOnlyTheSendingAddressOfReputationFailures() {
        assertThat(BounceFollowUp.addresses(List.of(BounceSamples.incident()), BounceSamples::knowledge))
                .containsExactly("153.122.40.105");
        BounceReport mailboxFull = new BounceReport("-", 1, true, "postfix", Optional.of("192.0.2.1"),
                List.of(BounceSamples.deferred()), Optional.empty());
        assertThat(BounceFollowUp.addresses(List.of(mailboxFull), BounceSamples::knowledge)).isEmpty();
    }
}
