package dev.maildoctor.core.maillog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseTextTest {
    private static final String GMAIL = "host gmail-smtp-in.l.google.com[2607:f8b0:400e:c04::1b] said: 550-5.7.1 "
            + "[2607:4100:3:25:100::2      12] Our system has detected that this 550-5.7.1 message is likely "
            + "unsolicited mail. To reduce the amount of spam sent 550-5.7.1 to Gmail, this message has been blocked. "
            + "Please visit 550-5.7.1 http://support.google.com/mail/bin/answer.py?hl=en&answer=188131 for 550 5.7.1 "
            + "more information. qc12si8475009pab.211 - gsmtp (in reply to end of DATA command)";

    @Test
    void gmailMultiLineResponseBecomesOneLine() {
        assertThat(ResponseText.normalise(GMAIL)).isEqualTo("550 5.7.1 [#] Our system has detected that this "
                + "message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has "
                + "been blocked. Please visit http://support.google.com/mail/bin/answer.py?hl=en&answer=188131 for "
                + "more information. # - gsmtp (in reply to end of DATA command)");
        assertThat(ResponseText.normalise(GMAIL.replace("qc12si8475009pab.211", "zz99si1pab.7")
                .replace("2607:4100:3:25:100::2", "203.0.113.9"))).isEqualTo(ResponseText.normalise(GMAIL));
        assertThat(ResponseText.replyCode(GMAIL)).isEqualTo(550);
        assertThat(ResponseText.remoteHost(GMAIL)).isEqualTo("gmail-smtp-in.l.google.com");
    }

    @Test
    void microsoftBlockListResponseKeepsItsCode() {
        String ms = "host outlook-com.olc.protection.outlook.com[52.101.68.12] said: 550 5.7.1 Unfortunately, messages "
                + "from [203.0.113.25] weren't sent. Please contact your Internet service provider since part of "
                + "their network is on our block list (S3150). You can also refer your provider to "
                + "http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A5F.eurprd04.prod.outlook.com "
                + "2024-05-29T05:02:11.123Z 08DC7D6F0ABCDEF1] (in reply to MAIL FROM command)";
        assertThat(ResponseText.normalise(ms)).isEqualTo("550 5.7.1 Unfortunately, messages from [#] weren't sent. "
                + "Please contact your Internet service provider since part of their network is on our block list "
                + "(S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. "
                + "[#] (in reply to MAIL FROM command)");
    }

    @Test
    void addressesNumbersAndHostsAreMasked() {
        assertThat(ResponseText.normalise("host mx.example.org[198.51.100.7] said: 550 5.1.1 <nobody@example.org>: "
                + "Recipient address rejected: User unknown (in reply to RCPT TO command)"))
                .isEqualTo("550 5.1.1 <*@*>: Recipient address rejected: User unknown (in reply to RCPT TO command)");
        assertThat(ResponseText.normalise("connect to mx.old.example[192.0.2.99]:25: Connection timed out"))
                .isEqualTo("connect to #: Connection timed out");
        assertThat(ResponseText.normalise("host mx[1.2.3.4] said: 450 4.2.0 Greylisted for 5 minutes"))
                .isEqualTo("450 4.2.0 Greylisted for # minutes");
        assertThat(ResponseText.normalise("421 4.7.0 [TSS04] Messages from 203.0.113.25 temporarily deferred - "
                + "4.16.55.1; see https://postmaster.yahooinc.com/error-codes"))
                .isEqualTo("421 4.7.0 [TSS04] Messages from # temporarily deferred - #; see "
                        + "https://postmaster.yahooinc.com/error-codes");
        assertThat(ResponseText.normalise("")).isEmpty();
    }

    @Test
    void responsesAreCapped() {
        String huge = "550 5.7.1 " + "word ".repeat(10_000);
        assertThat(ResponseText.normalise(huge)).hasSizeLessThanOrEqualTo(ResponseText.MAX_NORMALISED);
    }

    @Test
    void replyCodes() {
        assertThat(ResponseText.replyCode("host a[1.2.3.4] refused to talk to me: 554 Your access")).isEqualTo(554);
        assertThat(ResponseText.replyCode("421 4.3.2 All screening ports are busy")).isEqualTo(421);
        assertThat(ResponseText.replyCode("connect to a[1.2.3.4]:25: Connection timed out")).isNull();
        assertThat(ResponseText.replyCode("250ok")).isNull();
        assertThat(ResponseText.replyCode("")).isNull();
    }
}
