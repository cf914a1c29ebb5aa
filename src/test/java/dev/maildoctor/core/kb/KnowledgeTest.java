package dev.maildoctor.core.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.message.bounce.SmtpStage;
import dev.maildoctor.core.routing.Provider;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled knowledge base loads, and real-world replies get the right explanation. */
class KnowledgeTest {
    private static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled(CatalogueLoader.loadBundled());

    static FailedRecipient failure(Provider provider, String status, Integer reply, String diagnostic) {
        return new FailedRecipient("user@example.com", status.startsWith("4") ? "delayed" : "failed", status,
                Optional.ofNullable(reply), Optional.empty(), Optional.empty(), diagnostic, SmtpStage.RCPT,
                Reason.UNDEFINED, provider);
    }

    private static KnowledgeEntry explain(Provider provider, String status, String diagnostic) {
        return KNOWLEDGE.explain(failure(provider, status, null, diagnostic))
                .orElseThrow(() -> new AssertionError("no entry for " + diagnostic));
    }

    @Test
    void loadsEveryEntryWithBothLanguages() {
        assertThat(KNOWLEDGE.ids()).hasSizeGreaterThanOrEqualTo(50).doesNotHaveDuplicates()
                .contains("gmail-ip-reputation", "microsoft-banned-ip", "outlook-network-blocklist", "yahoo-tss04",
                        "dnsbl-listed", "user-unknown", "mailbox-full", "temporary-failure", "permanent-failure");
    }

    /** Real-world reply texts (addresses replaced) and the entry each must get. */
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            GMAIL            | 5.7.1  | 550-5.7.1 [153.122.40.105      18] Our system has detected that this message is 550-5.7.1 likely suspicious due to the very low reputation of the sending IP 550-5.7.1 address. To best protect our users from spam, the message has been 550-5.7.1 blocked. Please visit 550 5.7.1 https://support.google.com/mail/answer/188131 for more information. v8si2440218plg.122 - gsmtp | gmail-ip-reputation
            UNKNOWN          | 5.7.1  | 550-5.7.1 [192.0.2.1] Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address. - gsmtp | gmail-ip-reputation
            GOOGLE_WORKSPACE | 5.7.1  | 550-5.7.1 This message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. - gsmtp | gmail-domain-reputation
            GMAIL            | 5.7.26 | 550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26 550-5.7.26 Authentication results: 550-5.7.26 DKIM = did not pass 550-5.7.26 SPF [example.com] with ip: [192.0.2.1] = did not pass 550 5.7.26 https://support.google.com/mail/answer/81126#authentication - gsmtp | gmail-unauthenticated
            GMAIL            | 5.7.26 | 550-5.7.26 Unauthenticated email from example.com is not accepted due to 550-5.7.26 domain's DMARC policy. Please contact the administrator of 550-5.7.26 example.com domain if this was a legitimate mail. - gsmtp | gmail-dmarc-reject
            GMAIL            | 5.7.25 | 550-5.7.25 The IP address sending this message does not have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not 550-5.7.25 point to the sending IP. - gsmtp | gmail-missing-ptr
            GMAIL            | 5.7.27 | 550-5.7.27 This message was blocked because it didn't pass SPF authentication. Gmail requires bulk email senders to authenticate their email with SPF. - gsmtp | gmail-spf-required
            GMAIL            | 5.7.24 | 550 5.7.24 The SPF record of the sending domain has one or more suspicious entries. - gsmtp | gmail-spf-suspicious
            GMAIL            | 4.7.28 | 421-4.7.28 [192.0.2.1 15] Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp | gmail-unusual-rate-ip
            GMAIL            | 4.7.28 | 421-4.7.28 Gmail has detected an unusual rate of unsolicited email originating from your DKIM domain example.com. - gsmtp | gmail-unusual-rate
            GMAIL            | 4.7.32 | 421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. - gsmtp | gmail-alignment
            GMAIL            | 5.7.1  | 550-5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. - gsmtp | gmail-not-authorized-direct
            GMAIL            | 5.7.1  | 550 5.7.1 Some text Google might add one day - gsmtp | gmail-policy-other
            MICROSOFT365     | 5.0.0  | 550 5.7.606 Access denied, banned sending IP [1.2.3.4]. To request removal from this list please visit https://sender.office.com/ and follow the directions. (AS16012609) | microsoft-banned-ip
            UNKNOWN          | 5.7.606 | 550 5.7.606 Access denied, banned sending IP [1.2.3.4]. | microsoft-banned-ip
            MICROSOFT365     | 5.7.649 | 550 5.7.649 Access denied | microsoft-banned-ip
            MICROSOFT365     | 5.7.708 | 550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. | microsoft-ip-not-accepted
            MICROSOFT365     | 5.7.511 | 550 5.7.511 Access denied, banned sender[192.0.2.7]. To request removal from this list please forward this message to delist@microsoft.com. | microsoft-banned-sender-ip
            OUTLOOK_CONSUMER | 5.7.1  | 550 5.7.1 Unfortunately, messages from [192.0.2.8] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. | outlook-network-blocklist
            UNKNOWN          | 5.7.1  | 550 5.7.1 Unfortunately, messages from [192.0.2.8] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). | outlook-network-blocklist
            OUTLOOK_CONSUMER | 5.7.515 | 550 5.7.515 Access denied, sending domain EXAMPLE.JP doesn't meet the required authentication level. Spf= Fail , Dkim= Pass , DMARC= Pass | microsoft-authentication-level
            MICROSOFT365     | 4.7.650 | 451 4.7.650 The mail server [192.0.2.9] has been temporarily rate limited due to IP reputation. | microsoft-ip-rate-limited
            YAHOO            | 4.7.0  | 421 4.7.0 [TSS04] Messages from 1.2.3.4 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes | yahoo-tss04
            AOL              | 4.7.0  | 421 4.7.0 [TS01] Messages from 192.0.2.10 temporarily deferred due to user complaints - 4.16.55.1 | yahoo-deferred
            YAHOO            | 4.7.1  | 421 4.7.1 [TS03] All messages from 192.0.2.10 will be permanently deferred; Retrying will NOT succeed. | yahoo-permanently-deferred
            YAHOO            | 5.7.1  | 553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.11, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html | yahoo-spamhaus
            YAHOO            | 5.7.9  | 550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM. | yahoo-unauthenticated
            UNKNOWN          | 5.7.1  | 554 5.7.1 Service unavailable; Client host [1.2.3.4] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/1.2.3.4 | dnsbl-listed
            UNKNOWN          | 5.7.1  | 550 5.7.1 Rejected: 192.0.2.12 listed at bl.spamcop.net | dnsbl-listed
            UNKNOWN          | 5.0.0  | 550 rejected because 192.0.2.13 is in a black list at b.barracudacentral.org | dnsbl-listed
            UNKNOWN          | 5.7.1  | 554 5.7.1 Service unavailable; Client host [192.0.2.14] blocked using Barracuda Reputation, see http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.14 | dnsbl-barracuda
            UNKNOWN          | 5.7.1  | 550 5.7.1 Your IP address is blacklisted | dnsbl-unnamed
            UNKNOWN          | 5.1.1  | 550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table | user-unknown
            GMAIL            | 5.1.1  | 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp | user-unknown
            UNKNOWN          | 5.0.0  | 554 delivery error: dd This user doesn't have a yahoo.com account (user@yahoo.com) [0] - mta1.mail.example.yahoo.com | user-unknown
            UNKNOWN          | 5.2.2  | 552 5.2.2 Mailbox full | mailbox-full
            UNKNOWN          | 4.2.2  | 452 4.2.2 The email account that you tried to reach is over quota. | mailbox-full
            UNKNOWN          | 5.1.2  | 553 5.1.2 We weren't able to find the recipient domain. | host-unknown
            UNKNOWN          | 4.7.1  | 450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.15] | reverse-dns-missing
            UNKNOWN          | 4.2.0  | 450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html | greylisted
            UNKNOWN          | 4.4.1  | connect to mx.example.com[192.0.2.16]:25: Connection timed out | connection-failed
            UNKNOWN          | 5.7.1  | 554 5.7.1 <user@example.com>: Relay access denied | relay-denied
            UNKNOWN          | 5.7.1  | 550 5.7.1 Message rejected as spam by Content Filtering. | spam-content
            UNKNOWN          | 5.7.1  | 550 5.7.1 Delivery not authorized | recipient-restricted
            UNKNOWN          | 5.7.1  | 550 5.7.1 RESOLVER.RST.AuthRequired; authentication required | recipient-restricted
            UNKNOWN          | 5.7.1  | 550 5.7.1 Access denied | policy-refused
            GMAIL            | 5.7.0  | 552-5.7.0 This message was blocked because its content presents a potential 552-5.7.0 security issue. - gsmtp | gmail-blocked-content
            GMAIL            | 5.7.1  | 550-5.7.1 [192.0.2.222      13] Messages with multiple 550 5.7.1 addresses in From: header are not accepted. - gsmtp | gmail-rfc5322
            UNKNOWN          | 4.0.0  | 550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 | ip-reputation
            UNKNOWN          | 5.0.0  | 552 Too many recipients | too-many-recipients
            UNKNOWN          | 4.4.5  | 452 4.4.5 Insufficient disk space; try again later | receiver-problem
            UNKNOWN          | 5.1.8  | 553 5.1.8 <root@host1.example.jp>... Domain of sender address root@host1.example.jp does not exist | sender-domain-rejected
            UNKNOWN          | 5.1.6  | 550 5.1.6 recipient no longer on server: user@example.jp | user-unknown
            UNKNOWN          | 4.0.0  | DNS Error: 80335577 DNS type 'mx' lookup of example.jp responded with code NXDOMAIN Domain name not found: example.jp | host-unknown
            UNKNOWN          | 5.0.0  | 554 delivery error: dd Sorry your message to user@example.co.jp cannot be delivered. This account has been disabled or discontinued [#102]. | mailbox-disabled
            UNKNOWN          | 4.3.0  | 451 4.3.0 Temporary local problem | receiver-problem
            UNKNOWN          | 4.2.0  | 421 4.2.0 Service refused, please try later. OFR005_505 [505] | temporary-failure
            UNKNOWN          | 5.0.0  | 550 Administrative prohibition | permanent-failure
            """)
    void explainsRealReplies(Provider provider, String status, String diagnostic, String expected) {
        assertThat(explain(provider, status, diagnostic).id()).isEqualTo(expected);
    }

    @Test
    void dnsblEntriesNameTheListAndItsDelistingPage() {
        KnowledgeEntry entry = explain(Provider.UNKNOWN, "5.7.1",
                "554 5.7.1 Service unavailable; Client host [1.2.3.4] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/1.2.3.4");
        assertThat(entry.blocklist()).hasValueSatisfying(b -> {
            assertThat(b.zone()).isEqualTo("zen.spamhaus.org");
            assertThat(b.listId()).hasValue("spamhaus-zen");
            assertThat(b.name()).isEqualTo("Spamhaus ZEN");
        });
        assertThat(entry.explanation().in(Locale.ENGLISH)).contains("Spamhaus ZEN (zen.spamhaus.org)").doesNotContain("{");
        assertThat(entry.explanation().in(Locale.JAPANESE)).contains("Spamhaus ZEN (zen.spamhaus.org)").doesNotContain("{");
        assertThat(entry.title().in(Locale.ENGLISH)).contains("Spamhaus ZEN");
        assertThat(entry.nextSteps()).allSatisfy(s -> assertThat(s.in(Locale.JAPANESE)).doesNotContain("{zone}"));
        assertThat(entry.delistUrl()).hasValueSatisfying(u -> assertThat(u).startsWith("https://"));
        assertThat(entry.checkBlocklists()).isTrue();
    }

    @Test
    void listsTheCatalogueDoesNotKnowAreNamedByTheirZone() {
        KnowledgeEntry entry = explain(Provider.UNKNOWN, "5.7.1",
                "550 5.7.1 Client host [192.0.2.1] blocked using bl.example-list.net");
        assertThat(entry.blocklist()).hasValueSatisfying(b -> {
            assertThat(b.listId()).isEmpty();
            assertThat(b.display()).isEqualTo("bl.example-list.net");
        });
        assertThat(entry.explanation().in(Locale.ENGLISH)).contains("bl.example-list.net").doesNotContain("(bl.example");
        assertThat(entry.delistUrl()).isEmpty();
    }

    @Test
    void aliasesAndDqsZonesFindTheCatalogueList() {
        KnowledgeEntry sbl = explain(Provider.UNKNOWN, "5.7.1", "554 5.7.1 Client host [192.0.2.1] blocked using sbl.spamhaus.org");
        assertThat(sbl.blocklist().flatMap(BlocklistRef::listId)).hasValue("spamhaus-zen");
        KnowledgeEntry dqs = explain(Provider.UNKNOWN, "5.7.1",
                "554 5.7.1 Client host [192.0.2.1] blocked using abcdef0123456789.zen.dq.spamhaus.net");
        assertThat(dqs.blocklist().flatMap(BlocklistRef::listId)).hasValue("spamhaus-zen");
        KnowledgeEntry spfbl = explain(Provider.UNKNOWN, "5.7.1", "554 5.7.1 Client host [192.0.2.1] blocked using dnsbl.spfbl.net.");
        assertThat(spfbl.blocklist().map(BlocklistRef::name)).hasValue("SPFBL.net DNSBL");
    }

    @Test
    void yahooSpamhausEntryNamesSpamhausWithoutAZoneInTheText() {
        KnowledgeEntry entry = explain(Provider.YAHOO, "5.7.1",
                "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.11, because the ip is in Spamhaus's list");
        assertThat(entry.blocklist().flatMap(BlocklistRef::listId)).hasValue("spamhaus-zen");
        assertThat(entry.explanation().in(Locale.JAPANESE)).contains("Spamhaus ZEN");
    }

    @Test
    void microsoftBannedIpPointsAtTheDelistPortal() {
        KnowledgeEntry entry = explain(Provider.MICROSOFT365, "5.7.606", "550 5.7.606 Access denied, banned sending IP [1.2.3.4].");
        assertThat(entry.delistUrl()).hasValue("https://sender.office.com/");
        assertThat(entry.helpUrl()).hasValueSatisfying(u -> assertThat(u).startsWith("https://learn.microsoft.com/"));
        assertThat(entry.checkBlocklists()).isTrue();
    }

    @Test
    void gmailHelpLinksAreGooglesOwn() {
        KnowledgeEntry entry = explain(Provider.GMAIL, "5.7.1", "550-5.7.1 very low reputation of the sending IP address - gsmtp");
        assertThat(entry.helpUrl()).hasValue("https://support.google.com/mail/answer/188131");
    }

    @Test
    void providerWordingDoesNotApplyToAnotherKnownProvider() {
        KnowledgeEntry entry = explain(Provider.MICROSOFT365, "5.7.1",
                "550 5.7.1 very low reputation of the sending IP address");
        assertThat(entry.id()).isNotEqualTo("gmail-ip-reputation");
    }

    @Test
    void replyCodeAloneGivesTheClass() {
        FailedRecipient noStatus = failure(Provider.UNKNOWN, "", 550, "Administrative prohibition");
        assertThat(KNOWLEDGE.explain(noStatus).map(KnowledgeEntry::id)).hasValue("permanent-failure");
        FailedRecipient nothing = new FailedRecipient("user@example.com", "relayed", "", Optional.empty(),
                Optional.empty(), Optional.empty(), "", SmtpStage.UNKNOWN, Reason.UNDEFINED, Provider.UNKNOWN);
        assertThat(KNOWLEDGE.explain(nothing)).isEmpty();
    }

    @Test
    void blocklistFlagIsSetWhereTheReasonIsIpReputationOrAList() {
        Set<String> expected = Set.of("gmail-ip-reputation", "gmail-unusual-rate-ip", "gmail-not-authorized-direct",
                "microsoft-banned-ip", "microsoft-banned-sender-ip", "microsoft-ip-not-accepted",
                "microsoft-ip-rate-limited", "outlook-network-blocklist", "yahoo-tss04", "yahoo-deferred",
                "yahoo-permanently-deferred", "yahoo-spamhaus", "dnsbl-listed", "dnsbl-spamhaus", "dnsbl-spamcop",
                "dnsbl-barracuda", "dnsbl-unnamed", "ip-reputation");
        Set<String> flagged = new HashSet<>();
        for (String id : KNOWLEDGE.ids()) {
            KNOWLEDGE.entry(id).filter(KnowledgeEntry::checkBlocklists).ifPresent(e -> flagged.add(e.id()));
        }
        assertThat(flagged).isEqualTo(expected);
    }
}
