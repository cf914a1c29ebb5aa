package dev.maildoctor.report;

import dev.maildoctor.core.kb.KnowledgeEntry;
import dev.maildoctor.core.maillog.DayTally;
import dev.maildoctor.core.maillog.DeliveryStatus;
import dev.maildoctor.core.maillog.DomainTally;
import dev.maildoctor.core.maillog.Incident;
import dev.maildoctor.core.maillog.MaillogSummary;
import dev.maildoctor.core.maillog.ResponseCount;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.message.bounce.SmtpStage;
import dev.maildoctor.core.model.LocalizedText;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.routing.Provider;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built bounce and log results, as the decoder and the analyzer produce them for the 2019 incident. */
final class BounceSamples {
    static final String GMAIL_REPLY = "550-5.7.1 [153.122.40.105] Our system has detected that this message is "
            + "likely suspicious due to the very low reputation of the sending IP address. To best protect our "
            + "users from spam, the message has been blocked. Please visit "
            + "https://support.google.com/mail/answer/188131 for more information. cj5si35192836plb.76 - gsmtp";

    private BounceSamples() {
    }

    static FailedRecipient gmailReputation() {
        return new FailedRecipient("user@gmail.com", "failed", "5.7.1", Optional.of(550),
                Optional.of("gmail-smtp-in.l.google.com"), Optional.of("142.250.157.27"), GMAIL_REPLY,
                SmtpStage.END_OF_DATA, Reason.BADREPUTATION, Provider.GMAIL);
    }

    static FailedRecipient deferred() {
        return new FailedRecipient("info@example.org", "delayed", "4.2.2", Optional.of(452),
                Optional.of("mx.example.org"), Optional.empty(), "452 4.2.2 Mailbox full", SmtpStage.RCPT,
                Reason.MAILBOXFULL, Provider.UNKNOWN);
    }

    static BounceReport incident() {
        return new BounceReport("-", 1, true, "postfix", Optional.of("153.122.40.105"), List.of(gmailReputation()),
                Optional.empty());
    }

    static BounceReport notABounce() {
        return new BounceReport("-", 1, false, "none", Optional.empty(), List.of(),
                Optional.of(Msg.of("bounce.text.not_bounce.plain")));
    }

    static KnowledgeEntry gmailEntry() {
        return new KnowledgeEntry("gmail-ip-reputation",
                LocalizedText.of("Gmail: low reputation of the sending IP", "Gmail: 送信元 IP の評価が低い"),
                LocalizedText.of("Gmail refuses mail from addresses with a poor reputation.",
                        "Gmail は評価の低いアドレスからのメールを拒否します。"),
                List.of(LocalizedText.of("Check the address on the blocklists.", "ブラックリストで確認してください。"),
                        LocalizedText.of("Use a relay for Gmail recipients.", "Gmail 宛てはリレーを使ってください。")),
                Optional.of("https://support.google.com/mail/answer/188131"), true, Optional.empty(), Optional.empty());
    }

    static Optional<KnowledgeEntry> knowledge(FailedRecipient r) {
        return r.reason() == Reason.BADREPUTATION ? Optional.of(gmailEntry()) : Optional.empty();
    }

    static MaillogSummary log() {
        Incident gmail = new Incident(Provider.GMAIL, Reason.BADREPUTATION, LocalDateTime.of(2019, 5, 29, 14, 2),
                LocalDateTime.of(2019, 5, 31, 9, 10), 312, GMAIL_REPLY);
        DomainTally gmailCom = new DomainTally("gmail.com", 40, 12, 300,
                List.of(new ResponseCount("550-5.7.1 [<ip>] Our system has detected ...", 300)));
        DomainTally yahoo = new DomainTally("yahoo.co.jp", 120, 0, 0, List.of());
        return new MaillogSummary(12345, 480, Map.of(DeliveryStatus.SENT, 160L, DeliveryStatus.DEFERRED, 12L,
                DeliveryStatus.BOUNCED, 300L), List.of(yahoo, gmailCom), List.of(gmail),
                List.of("gmail.com", "yahoo.co.jp"),
                List.of(new DayTally(LocalDate.of(2019, 5, 29), 100, 2, 120),
                        new DayTally(LocalDate.of(2019, 5, 30), 60, 10, 180)));
    }
}
