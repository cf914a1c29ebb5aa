package dev.maildoctor.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.dnsbl.catalogue.ListCategory;
import dev.maildoctor.core.dnsbl.neighbourhood.Verdict;
import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.kb.Knowledge;
import dev.maildoctor.core.kb.KnowledgeLoader;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.message.bounce.SmtpStage;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.routing.Provider;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BounceProofTest {
    static final Knowledge KNOWLEDGE = KnowledgeLoader.loadBundled(Reports.CATALOGUE);
    static final String GMAIL_REPUTATION = "550-5.7.1 [153.122.40.105      18] Our system has detected that this message is "
            + "550-5.7.1 likely suspicious due to the very low reputation of the sending IP 550-5.7.1 address. To best "
            + "protect our users from spam, the message has been 550-5.7.1 blocked. - gsmtp";

    private final BounceProof proof = new BounceProof(KNOWLEDGE);
    private final Messages en = Messages.forLanguage("en");
    private final Messages ja = Messages.forLanguage("ja");

    /** The reason is given, not classified: these tests are about the proof, not the classifier. */
    static FailedRecipient failure(Provider provider, String status, int reply, String text, Reason reason) {
        return new FailedRecipient("user@example.com", "failed", status, Optional.of(reply),
                Optional.of("gmail-smtp-in.l.google.com"), Optional.of("142.250.0.27"), text, SmtpStage.END_OF_DATA,
                reason, provider);
    }

    private static FailedRecipient gmail() {
        return failure(Provider.GMAIL, "5.7.1", 550, GMAIL_REPUTATION, Reason.BADREPUTATION);
    }

    @Test
    void burnedRangeIsTheProvidersProblem() {
        DnsblReport report = Reports.of("153.122.40.105")
                .zone("spamhaus-zen", ZoneStatus.NOT_LISTED)
                .zone("spfbl", ZoneStatus.LISTED)
                .neighbours(Verdict.PROVIDER_RANGE, 250, 131, "spamhaus-zen", 12, "spfbl", 131)
                .build();
        ProofConclusion c = proof.conclude(gmail(), "153.122.40.105", report);
        assertThat(c.kind()).isEqualTo(ProofKind.PROVIDER_RANGE);
        assertThat(c.message().key()).isEqualTo("proof.provider_range");
        assertThat(c.listedOn()).containsExactly("SPFBL.net DNSBL");
        assertThat(en.render(c.message())).isEqualTo("Mail from 153.122.40.105 is refused by Gmail because of the "
                + "sending IP address's reputation. 131 of 250 sampled neighbours in 153.122.40.0/24 are listed too, "
                + "most of them on SPFBL.net DNSBL: your provider's range is burned. Delisting this one address will "
                + "not help; send through a relay with a clean reputation, or ask the provider to clean up its range.");
        assertThat(ja.render(c.message())).startsWith("Gmail は 153.122.40.105 からのメールを送信元 IP アドレスの評判を理由に拒否しています。")
                .contains("抽出した 250 件のうち 131 件", "SPFBL.net DNSBL");
    }

    @Test
    void rangeListingNamesTheList() {
        DnsblReport report = Reports.of("153.122.40.105")
                .zone("uceprotect-2", ZoneStatus.LISTED, ListCategory.RANGE)
                .zone("spamhaus-zen", ZoneStatus.NOT_LISTED)
                .neighbours(Verdict.PROVIDER_RANGE, 32, 3, "uceprotect-1", 3)
                .build();
        ProofConclusion c = proof.conclude(gmail(), "153.122.40.105", report);
        assertThat(c.kind()).isEqualTo(ProofKind.PROVIDER_RANGE);
        assertThat(c.message().key()).isEqualTo("proof.provider_range.wide");
        assertThat(en.render(c.message())).contains("UCEPROTECT Level 2 lists the whole range");
    }

    @Test
    void onlyThisAddressListedMeansFixAndDelist() {
        DnsblReport report = Reports.of("192.0.2.10")
                .zone("spamhaus-zen", ZoneStatus.LISTED)
                .zone("spamcop", ZoneStatus.LISTED)
                .zone("spfbl", ZoneStatus.NOT_LISTED)
                .neighbours(Verdict.ISOLATED, 32, 1, "spamhaus-zen", 1)
                .build();
        ProofConclusion c = proof.conclude(gmail(), "192.0.2.10", report);
        assertThat(c.kind()).isEqualTo(ProofKind.ISOLATED);
        assertThat(c.listedOn()).containsExactly("Spamhaus ZEN", "SpamCop Blocking List");
        assertThat(en.render(c.message())).contains("listed on Spamhaus ZEN, SpamCop Blocking List",
                "neighbours in 192.0.2.0/24 mostly are not (1 of 32 sampled)", "request delisting");
        assertThat(ja.render(c.message())).contains("抽出した 32 件のうち 1 件");
    }

    @Test
    void listedWithoutNeighbourhoodSaysSoAndAsksForIt() {
        DnsblReport report = Reports.of("192.0.2.10").zone("spamhaus-zen", ZoneStatus.LISTED).build();
        ProofConclusion c = proof.conclude(gmail(), "192.0.2.10", report);
        assertThat(c.kind()).isEqualTo(ProofKind.LISTED);
        assertThat(en.render(c.message())).contains("check the neighbourhood next");
    }

    @Test
    void listedNowhereMeansDomainContentOrVolume() {
        DnsblReport report = Reports.of("192.0.2.10")
                .zone("spamhaus-zen", ZoneStatus.NOT_LISTED)
                .zone("spamcop", ZoneStatus.NOT_LISTED)
                .zone("spfbl", ZoneStatus.NOT_LISTED)
                .neighbours(Verdict.CLEAN, 32, 0)
                .build();
        ProofConclusion c = proof.conclude(gmail(), "192.0.2.10", report);
        assertThat(c.kind()).isEqualTo(ProofKind.CLEAN);
        assertThat(c.listedOn()).isEmpty();
        assertThat(en.render(c.message())).contains("listed on none of the 3 blocklists checked", "SPF, DKIM, DMARC");
        assertThat(ja.render(c.message())).contains("調べた 3 件のブロックリストのいずれにも掲載されていません");
    }

    @Test
    void unansweredListsAreNeverCountedAsClean() {
        DnsblReport report = Reports.of("192.0.2.10")
                .zone("spamhaus-zen", ZoneStatus.REFUSED)
                .zone("spamcop", ZoneStatus.NOT_LISTED)
                .zone("spfbl", ZoneStatus.ERROR)
                .build();
        ProofConclusion c = proof.conclude(gmail(), "192.0.2.10", report);
        assertThat(c.kind()).isEqualTo(ProofKind.UNKNOWN);
        assertThat(c.message().args()).contains(2, 3);
        assertThat(en.render(c.message())).contains("2 of 3 blocklists could not be checked");
        assertThat(proof.conclude(gmail(), "192.0.2.10", Reports.of("192.0.2.10").build()).kind())
                .isEqualTo(ProofKind.UNKNOWN);
    }

    @Test
    void listingsWinOverUnansweredLists() {
        DnsblReport report = Reports.of("192.0.2.10")
                .zone("spamhaus-zen", ZoneStatus.ERROR)
                .zone("spamcop", ZoneStatus.LISTED)
                .build();
        assertThat(proof.conclude(gmail(), "192.0.2.10", report).kind()).isEqualTo(ProofKind.LISTED);
    }

    @Test
    void theReportMustBeTheCheckOfTheSendingAddress() {
        DnsblReport report = Reports.of("192.0.2.10").zone("spamcop", ZoneStatus.NOT_LISTED).build();
        assertThatThrownBy(() -> proof.conclude(gmail(), "192.0.2.11", report))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("192.0.2.10");
    }

    @Test
    void causeNamesTheListTheReplyNames() {
        FailedRecipient yahoo = failure(Provider.YAHOO, "5.7.1", 553,
                "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.11, because the ip is in Spamhaus's list", Reason.BLOCKED);
        Msg cause = BounceProof.cause(yahoo, KNOWLEDGE.explain(yahoo));
        assertThat(cause.key()).isEqualTo("proof.cause.listed_on");
        assertThat(en.render(cause)).isEqualTo("because the address is listed on Spamhaus ZEN (zen.spamhaus.org)");
        DnsblReport report = Reports.of("192.0.2.11").zone("spamhaus-zen", ZoneStatus.LISTED).build();
        assertThat(en.render(proof.conclude(yahoo, "192.0.2.11", report).message()))
                .startsWith("Mail from 192.0.2.11 is refused by Yahoo because the address is listed on Spamhaus ZEN");
    }

    @Test
    void causeFollowsTheKnowledgeBaseWhereTheReasonIsGeneric() {
        FailedRecipient microsoft = failure(Provider.MICROSOFT365, "5.7.708", 550,
                "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.", Reason.BLOCKED);
        assertThat(BounceProof.cause(microsoft, KNOWLEDGE.explain(microsoft)).key()).isEqualTo("proof.cause.ip_reputation");
        assertThat(BounceProof.cause(microsoft, Optional.empty()).key()).isEqualTo("proof.cause.blocked");
        FailedRecipient ptr = failure(Provider.GMAIL, "5.7.25", 550,
                "550-5.7.25 The IP address sending this message does not have a PTR record setup - gsmtp", Reason.REQUIREPTR);
        assertThat(BounceProof.cause(ptr, KNOWLEDGE.explain(ptr)).key()).isEqualTo("proof.cause.reverse_dns");
        FailedRecipient other = failure(Provider.UNKNOWN, "5.7.1", 550, "550 5.7.1 Delivery not authorized",
                Reason.SECURITYERROR);
        assertThat(BounceProof.cause(other, KNOWLEDGE.explain(other)).key()).isEqualTo("proof.cause.policy");
    }

    @Test
    void gatewaysAndUnknownProvidersReadNaturally() {
        FailedRecipient viaGateway = failure(Provider.GATEWAY, "5.7.1", 554,
                "554 5.7.1 Service unavailable; Client host [192.0.2.12] blocked using bl.spamcop.net", Reason.BLOCKED);
        DnsblReport report = Reports.of("192.0.2.12").zone("spamcop", ZoneStatus.LISTED).build();
        assertThat(en.render(proof.conclude(viaGateway, "192.0.2.12", report).message()))
                .startsWith("Mail from 192.0.2.12 is refused by a filtering gateway because the address is listed on "
                        + "SpamCop Blocking List (bl.spamcop.net).");
    }
}
