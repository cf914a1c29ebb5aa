package dev.maildoctor.core.message.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodesTest {
    @Test
    void findsTheMostSpecificStatusCode() {
        assertThat(StatusCodes.find("550 5.1.1 <a@example.jp>... User unknown", (char) 0)).isEqualTo("5.1.1");
        assertThat(StatusCodes.find("554 5.0.0 ... 550 5.7.26 DMARC", (char) 0)).isEqualTo("5.7.26");
        assertThat(StatusCodes.find("451 4.7.650 rate limited", (char) 0)).isEqualTo("4.7.650");
        assertThat(StatusCodes.find("host 192.0.2.5.1 said", (char) 0)).isEmpty();
        assertThat(StatusCodes.find("Sendmail V5.1.1 ready", (char) 0)).isEmpty();
        assertThat(StatusCodes.find("(#5.1.1)", (char) 0)).isEqualTo("5.1.1");
        assertThat(StatusCodes.find("5.4.4", '4')).isEmpty();
    }

    @Test
    void prefersTheDsnFieldUnlessTheReplyIsMoreSpecific() {
        assertThat(StatusCodes.prefer("5.0.0", "5.1.1", "550")).isEqualTo("5.1.1");
        assertThat(StatusCodes.prefer("5.1.1", "5.0.0", "550")).isEqualTo("5.1.1");
        assertThat(StatusCodes.prefer("4.4.7", "4.4.2", "421")).isEqualTo("4.4.2");
        assertThat(StatusCodes.prefer("", "5.7.1", "")).isEqualTo("5.7.1");
        assertThat(StatusCodes.prefer("5.2.2", "4.2.2", "452")).isEqualTo("4.2.2");
    }

    @Test
    void knowsSisimaisInternalCodes() {
        assertThat(StatusCodes.isPseudo("5.0.911")).isTrue();
        assertThat(StatusCodes.isPseudo("4.0.947")).isTrue();
        assertThat(StatusCodes.isPseudo("5.0.0")).isFalse();
        assertThat(StatusCodes.valid("5.7.606")).isTrue();
        assertThat(StatusCodes.valid("3.1.1")).isFalse();
    }

    @Test
    void findsReplyCodesStandingAlone() {
        assertThat(ReplyCodes.find("said: 550-5.7.1 [192.0.2.1] blocked", (char) 0)).isEqualTo("550");
        assertThat(ReplyCodes.find("Date: 2013 00:00:00 +0900 421 try later", (char) 0)).isEqualTo("421");
        assertThat(ReplyCodes.find("x-unix; 550 nope", (char) 0)).isEmpty();
        assertThat(ReplyCodes.find("port 2525 and id 55012", (char) 0)).isEmpty();
        assertThat(ReplyCodes.valid(599)).isFalse();
        assertThat(ReplyCodes.valid(556)).isTrue();
    }

    @Test
    void readsTheSmtpStage() {
        assertThat(SmtpCommands.find("(in reply to end of DATA command)")).isEqualTo(SmtpStage.END_OF_DATA);
        assertThat(SmtpCommands.find("(in reply to RCPT TO command)")).isEqualTo(SmtpStage.RCPT);
        assertThat(SmtpCommands.find("SMTP error from remote mail server after MAIL FROM:<a@b.jp>:"))
                .isEqualTo(SmtpStage.MAIL);
        assertThat(SmtpCommands.find("host refused to talk to me: 554")).isEqualTo(SmtpStage.CONNECT);
        assertThat(SmtpCommands.find("User unknown")).isEqualTo(SmtpStage.UNKNOWN);
    }

    @Test
    void foldsMultiLineRepliesAndFindsAddresses() {
        String folded = Diagnostics.clean("550-5.7.26 Unauthenticated email is not\n550-5.7.26 accepted.\n550 5.7.26 Bye");
        assertThat(folded).isEqualTo("550 5.7.26 Unauthenticated email is not accepted. Bye");
        assertThat(Diagnostics.remote("host mx.example.com[192.0.2.1] said: 550")).containsExactly("mx.example.com", "192.0.2.1");
        assertThat(Diagnostics.remote("remote host 192.0.2.9 said: 550")).containsExactly("", "192.0.2.9");
        assertThat(Diagnostics.sendingIp("554 5.7.1 Service unavailable; Client host [198.51.100.3] blocked using zen"))
                .isEqualTo("198.51.100.3");
        assertThat(Addresses.first("\"john..doe\"@example.com")).isEqualTo("\"john..doe\"@example.com");
        assertThat(Addresses.first("to <Kijitora@Example.JP>.")).isEqualTo("Kijitora@example.jp");
    }
}
