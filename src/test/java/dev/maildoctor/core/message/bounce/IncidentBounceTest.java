package dev.maildoctor.core.message.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.routing.Provider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bounce from the incident report that started MailDoctor (seed/incident-report-ja.txt): a
 * Postfix bounce as a blog pasted it, visible body only, with Gmail's multi-line 550-5.7.1 reply
 * wrapped mid-sentence. The addresses are realistic stand-ins for the report's anonymised 0.0.0.0.
 */
class IncidentBounceTest {
    static final String PASTED = """
            <○○○○@gmail.com>: host gmail-smtp-in.l.google.com[142.250.157.27] said:
                550-5.7.1 [153.122.40.105] Our system has detected that this
                message is 550-5.7.1 likely suspicious due to the very low reputation of
                the sending IP 550-5.7.1 address. To best protect our users from spam, the
                message has been 550-5.7.1 blocked. Please visit 550 5.7.1
                https://support.google.com/mail/answer/188131 for more information.
                cj5si35192836plb.76 - gsmtp (in reply to end of DATA command)
            """;

    private final BounceDecoder decoder = new BounceDecoder();

    @Test
    void decodesThePastedPostfixBounce() {
        List<BounceReport> reports = decoder.decode(PASTED.getBytes(StandardCharsets.UTF_8), "-");
        assertThat(reports).hasSize(1);
        BounceReport report = reports.get(0);
        assertThat(report.isBounce()).isTrue();
        assertThat(report.notice()).isEmpty();
        assertThat(report.sendingIp()).contains("153.122.40.105");
        assertThat(report.recipients()).hasSize(1);
        FailedRecipient r = report.recipients().get(0);
        assertThat(r.recipient()).isEqualTo("○○○○@gmail.com");
        assertThat(r.status()).isEqualTo("5.7.1");
        assertThat(r.replyCode()).contains(550);
        assertThat(r.remoteHost()).contains("gmail-smtp-in.l.google.com");
        assertThat(r.remoteIp()).contains("142.250.157.27");
        assertThat(r.stage()).isEqualTo(SmtpStage.END_OF_DATA);
        assertThat(r.reason()).isEqualTo(Reason.BADREPUTATION);
        assertThat(r.provider()).isEqualTo(Provider.GMAIL);
        assertThat(r.sendingIp()).contains("153.122.40.105");
        assertThat(r.permanent()).isTrue();
    }

    @Test
    void joinsTheContinuationLinesIntoOneReply() {
        FailedRecipient r = decoder.decode(PASTED.getBytes(StandardCharsets.UTF_8), "-").get(0).recipients().get(0);
        assertThat(r.diagnostic())
                .contains("550 5.7.1 [153.122.40.105] Our system has detected that this message is likely suspicious"
                        + " due to the very low reputation of the sending IP address.")
                .doesNotContain("550-5.7.1")
                .doesNotContain("\n");
    }

    @Test
    void decodesTheSameTextInShiftJisAroundIt() {
        String page = "メールが届かない件について\n\n" + PASTED + "\nこのエラーメッセージは評判が低いという意味です。\n";
        BounceReport report = decoder.decode(page.getBytes(java.nio.charset.Charset.forName("windows-31j")), "-").get(0);
        assertThat(report.recipients()).extracting(FailedRecipient::recipient).containsExactly("○○○○@gmail.com");
        assertThat(report.recipients().get(0).reason()).isEqualTo(Reason.BADREPUTATION);
    }
}
