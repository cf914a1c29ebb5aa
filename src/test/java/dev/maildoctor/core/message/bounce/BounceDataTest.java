package dev.maildoctor.core.message.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.routing.Provider;
import dev.maildoctor.core.routing.ProviderHints;
import org.junit.jupiter.api.Test;

/** The data files the decoder reads: they load, and each entry means what it says. */
class BounceDataTest {
    @Test
    void reasonPhrasesLoad() {
        ReasonPhrases table = ReasonPhrases.load();
        assertThat(table.size()).isGreaterThan(400);
        assertThat(table.forStatus("5.1.1")).isEqualTo(Reason.USERUNKNOWN);
        assertThat(table.forStatus("5.7.1")).isEqualTo(Reason.SECURITYERROR);
        assertThat(table.forStatus("5.0.0")).isNull();
        assertThat(table.matches(Reason.MAILBOXFULL, "552 mailbox is full")).isTrue();
        assertThat(table.matches(Reason.REJECTED, "550 recipient address rejected")).isFalse();
        assertThat(table.hint("retry timeout exceeded")).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void hostRulesLoad() {
        HostRules rules = HostRules.load();
        assertThat(rules.size()).isGreaterThan(10);
        assertThat(rules.reason("gmail-smtp-in.l.google.com", "", "gmail.com", "5.7.1", "550", "DATA",
                "550 5.7.1 likely suspicious due to the very low reputation of the sending IP address"))
                .isEqualTo(Reason.BADREPUTATION);
        assertThat(rules.reason("mx.example.com", "", "example.com", "5.7.1", "550", "DATA",
                "very low reputation of the sending IP address")).isNull();
        assertThat(rules.reason("smtp-in.orange.fr", "", "orange.fr", "5.5.0", "550", "RCPT",
                "550 5.5.0 Le compte du destinataire est bloque. LPN007_426")).isEqualTo(Reason.SUSPEND);
    }

    @Test
    void providerHintsKnowTheBigMailboxProviders() {
        assertThat(ProviderHints.of("gmail-smtp-in.l.google.com", "gmail.com")).isEqualTo(Provider.GMAIL);
        assertThat(ProviderHints.of("aspmx.l.google.com", "example.co.jp")).isEqualTo(Provider.GOOGLE_WORKSPACE);
        assertThat(ProviderHints.of("example-com.mail.protection.outlook.com", "example.com"))
                .isEqualTo(Provider.MICROSOFT365);
        assertThat(ProviderHints.of("", "hotmail.co.jp")).isEqualTo(Provider.OUTLOOK_CONSUMER);
        assertThat(ProviderHints.of("mta5.am0.yahoodns.net", "yahoo.co.jp")).isEqualTo(Provider.YAHOO);
        assertThat(ProviderHints.of("", "example.jp")).isEqualTo(Provider.UNKNOWN);
    }
}
