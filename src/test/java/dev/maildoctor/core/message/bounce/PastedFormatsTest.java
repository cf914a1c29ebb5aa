package dev.maildoctor.core.message.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.routing.Provider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What users paste: the visible body of the common MTAs' and providers' bounces, no headers. */
class PastedFormatsTest {
    private final BounceDecoder decoder = new BounceDecoder();

    private FailedRecipient only(String pasted) {
        List<BounceReport> reports = decoder.decode(pasted.getBytes(StandardCharsets.UTF_8), "-");
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).isBounce()).isTrue();
        assertThat(reports.get(0).recipients()).hasSize(1);
        return reports.get(0).recipients().get(0);
    }

    @Test
    void exim() {
        FailedRecipient r = only("""
                This message was created automatically by mail delivery software.

                A message that you sent could not be delivered to one or more of its
                recipients. This is a permanent error. The following address(es) failed:

                  kijitora@example.ed.jp
                    host mx.example.ed.jp [192.0.2.20]
                    SMTP error from remote mail server after RCPT TO:<kijitora@example.ed.jp>:
                    550 5.1.1 <kijitora@example.ed.jp>... User unknown
                """);
        assertThat(r.recipient()).isEqualTo("kijitora@example.ed.jp");
        assertThat(r.status()).isEqualTo("5.1.1");
        assertThat(r.remoteHost()).contains("mx.example.ed.jp");
        assertThat(r.remoteIp()).contains("192.0.2.20");
        assertThat(r.stage()).isEqualTo(SmtpStage.RCPT);
        assertThat(r.reason()).isEqualTo(Reason.USERUNKNOWN);
    }

    @Test
    void qmail() {
        FailedRecipient r = only("""
                Hi. This is the qmail-send program at mx4.example.jp.
                I'm afraid I wasn't able to deliver your message to the following addresses.
                This is a permanent error; I've given up. Sorry it didn't work out.

                <kijitora@example.ne.jp>:
                192.0.2.32 does not like recipient.
                Remote host said: 550 5.2.2 <kijitora@example.ne.jp>... Mailbox Full
                Giving up on 192.0.2.32.
                """);
        assertThat(r.recipient()).isEqualTo("kijitora@example.ne.jp");
        assertThat(r.remoteIp()).contains("192.0.2.32");
        assertThat(r.reason()).isEqualTo(Reason.MAILBOXFULL);
    }

    @Test
    void sendmailWithTranscript() {
        FailedRecipient r = only("""
                   ----- The following addresses had permanent fatal errors -----
                <kijitora@example.com>
                    (reason: 550 5.7.1 <kijitora@example.com>... Relaying denied)

                   ----- Transcript of session follows -----
                ... while talking to mx.example.com.:
                >>> RCPT To:<kijitora@example.com>
                <<< 550 5.7.1 <kijitora@example.com>... Relaying denied
                550 5.7.1 <kijitora@example.com>... Relaying denied
                """);
        assertThat(r.status()).isEqualTo("5.7.1");
        assertThat(r.remoteHost()).contains("mx.example.com");
        assertThat(r.stage()).isEqualTo(SmtpStage.RCPT);
        assertThat(r.reason()).isEqualTo(Reason.NORELAYING);
    }

    @Test
    void gmailSendingFails() {
        FailedRecipient r = only("""
                Delivery to the following recipient failed permanently:

                     userunknown@example.jp

                Technical details of permanent failure:
                Google tried to deliver your message, but it was rejected by the server for the recipient domain example.jp by mx.example.jp. [192.0.2.153].

                The error that the other server returned was:
                550 5.1.1 <userunknown@example.jp>... User Unknown
                """);
        assertThat(r.recipient()).isEqualTo("userunknown@example.jp");
        assertThat(r.status()).isEqualTo("5.1.1");
        assertThat(r.remoteHost()).contains("mx.example.jp");
        assertThat(r.remoteIp()).contains("192.0.2.153");
        assertThat(r.reason()).isEqualTo(Reason.USERUNKNOWN);
    }

    @Test
    void microsoft365() {
        FailedRecipient r = only("""
                Delivery has failed to these recipients or groups:

                kijitora@example.com<mailto:kijitora@example.com>
                The email address wasn't found at the destination domain.

                Diagnostic information for administrators:

                Generating server: FFFFFFFFFFFF.e0.prod.outlook.com

                kijitora@example.com
                Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
                """);
        assertThat(r.recipient()).isEqualTo("kijitora@example.com");
        assertThat(r.status()).isEqualTo("5.1.10");
        assertThat(r.reason()).isEqualTo(Reason.USERUNKNOWN);
    }

    @Test
    void yahooDeferralNamesTheSendingAddress() {
        String pasted = """
                <kijitora@yahoo.com>: host mta7.am0.yahoodns.net[67.195.204.72] said: 421 4.7.0
                    [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected
                    volume or user complaints - 4.16.55.1; see
                    https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)
                """;
        BounceReport report = decoder.decode(pasted.getBytes(StandardCharsets.UTF_8), "-").get(0);
        FailedRecipient r = report.recipients().get(0);
        assertThat(report.sendingIp()).contains("203.0.113.9");
        assertThat(r.status()).isEqualTo("4.7.0");
        assertThat(r.permanent()).isFalse();
        assertThat(r.stage()).isEqualTo(SmtpStage.MAIL);
        assertThat(r.provider()).isEqualTo(Provider.YAHOO);
        assertThat(r.reason()).isEqualTo(Reason.REJECTED); // Yahoo's own wording for reputation deferrals
    }

    @Test
    void outlookBlocklistNamesTheSendingAddress() {
        String pasted = """
                <taro@hotmail.com>: host hotmail-com.olc.protection.outlook.com[52.101.8.44] said:
                    550 5.7.1 Unfortunately, messages from [203.0.113.77] weren't sent. Please
                    contact your Internet service provider since part of their network is on our
                    block list (S3150). (in reply to MAIL FROM command)
                """;
        BounceReport report = decoder.decode(pasted.getBytes(StandardCharsets.UTF_8), "-").get(0);
        FailedRecipient r = report.recipients().get(0);
        assertThat(report.sendingIp()).contains("203.0.113.77");
        assertThat(r.provider()).isEqualTo(Provider.OUTLOOK_CONSUMER);
        assertThat(r.reason()).isEqualTo(Reason.BLOCKED);
    }

    @Test
    void pastedDeliveryStatusFields() {
        FailedRecipient r = only("""
                Reporting-MTA: dns; mx.example.org
                Arrival-Date: Thu, 29 Apr 2021 23:34:45 +0900

                Final-Recipient: rfc822; neko@example.com
                Action: failed
                Status: 5.2.2
                Remote-MTA: dns; mx.example.com [192.0.2.1]
                Diagnostic-Code: smtp; 552 5.2.2 <neko@example.com>: Mailbox full
                """);
        assertThat(r.recipient()).isEqualTo("neko@example.com");
        assertThat(r.action()).isEqualTo("failed");
        assertThat(r.remoteIp()).contains("192.0.2.1");
        assertThat(r.reason()).isEqualTo(Reason.MAILBOXFULL);
    }

    @Test
    void textThatIsNoBounceSaysSo() {
        BounceReport r = decoder.decode("Hello, see you tomorrow at 10.\nTaro <taro@example.jp>\n"
                .getBytes(StandardCharsets.UTF_8), "-").get(0);
        assertThat(r.isBounce()).isFalse();
        assertThat(r.notice()).contains(dev.maildoctor.core.model.Msg.of("bounce.notice.not_bounce"));
    }
}
