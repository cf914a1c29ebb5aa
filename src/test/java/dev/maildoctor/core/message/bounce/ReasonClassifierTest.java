package dev.maildoctor.core.message.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three-argument form is what the mail-log analysis uses: status, reply code and reply text. */
class ReasonClassifierTest {
    @Test
    void classifiesLogReplies() {
        assertThat(ReasonClassifier.classify("5.7.1", 550, "550-5.7.1 [203.0.113.5] Our system has detected that "
                + "this message is likely suspicious due to the very low reputation of the sending IP address."))
                .isEqualTo(Reason.BADREPUTATION);
        assertThat(ReasonClassifier.classify("5.7.1", 554, "554 5.7.1 Service unavailable; Client host [192.0.2.1] "
                + "blocked using zen.spamhaus.org")).isEqualTo(Reason.BLOCKED);
        assertThat(ReasonClassifier.classify("5.1.1", 550, "550 5.1.1 <a@example.jp>: Recipient address rejected: "
                + "User unknown in local recipient table (in reply to RCPT TO command)")).isEqualTo(Reason.USERUNKNOWN);
        assertThat(ReasonClassifier.classify("5.2.2", 552, "552 5.2.2 Mailbox full")).isEqualTo(Reason.MAILBOXFULL);
        assertThat(ReasonClassifier.classify("5.7.26", 550, "550 5.7.26 This mail is unauthenticated"))
                .isEqualTo(Reason.AUTHFAILURE);
        assertThat(ReasonClassifier.classify("5.7.25", 550, "550 5.7.25 reverse DNS")).isEqualTo(Reason.REQUIREPTR);
        assertThat(ReasonClassifier.classify("", null, "")).isEqualTo(Reason.UNDEFINED);
        assertThat(ReasonClassifier.classify(null, null, "something odd happened")).isEqualTo(Reason.ONHOLD);
        assertThat(ReasonClassifier.classify("2.0.0", 250, "250 2.0.0 Ok")).isEqualTo(Reason.DELIVERED);
    }

    @Test
    void theStageDecidesBetweenUserUnknownAndFiltered() {
        ReasonClassifier.Clues rcpt = new ReasonClassifier.Clues("", "550", "550 User unknown", "RCPT", "", "SMTP", null);
        ReasonClassifier.Clues data = new ReasonClassifier.Clues("", "550", "550 User unknown", "DATA", "", "SMTP", null);
        assertThat(ReasonClassifier.classify(rcpt)).isEqualTo(Reason.USERUNKNOWN);
        assertThat(ReasonClassifier.classify(data)).isEqualTo(Reason.FILTERED);
    }

    @Test
    void aFormatsOwnVerdictWinsUnlessItIsOneSisimaiRetries() {
        assertThat(ReasonClassifier.classify(new ReasonClassifier.Clues("5.1.1", "550", "", "", "", "", Reason.FEEDBACK)))
                .isEqualTo(Reason.FEEDBACK);
        assertThat(ReasonClassifier.classify(new ReasonClassifier.Clues("5.2.2", "552", "mailbox full", "", "", "",
                Reason.EXPIRED))).isEqualTo(Reason.MAILBOXFULL);
    }
}
