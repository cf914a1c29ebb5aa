package dev.maildoctor.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.kb.KnowledgeEntry;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.message.bounce.SmtpStage;
import dev.maildoctor.core.routing.Provider;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlocklistFollowUpTest {
    private static FailedRecipient failure(Provider provider, String status, String text, String remoteIp,
                                           Reason reason) {
        int reply = Integer.parseInt(text.substring(0, 3));
        return withRemote(BounceProofTest.failure(provider, status, reply, text, reason), remoteIp);
    }

    private static FailedRecipient withRemote(FailedRecipient r, String remoteIp) {
        return new FailedRecipient(r.recipient(), r.action(), r.status(), r.replyCode(), r.remoteHost(),
                Optional.ofNullable(remoteIp), r.diagnostic(), r.stage(), r.reason(), r.provider());
    }

    private static BounceReport report(Optional<String> sendingIp, FailedRecipient r) {
        return new BounceReport("-", 1, true, "postfix", sendingIp, List.of(r), Optional.empty());
    }

    private static Optional<KnowledgeEntry> explain(FailedRecipient r) {
        return BounceProofTest.KNOWLEDGE.explain(r);
    }

    @Test
    void reputationBounceWithKnownAddressIsChecked() {
        FailedRecipient r = failure(Provider.GMAIL, "5.7.1", BounceProofTest.GMAIL_REPUTATION, "142.250.0.27",
                Reason.BADREPUTATION);
        assertThat(BlocklistFollowUp.pointsAtBlocklists(r, explain(r))).isTrue();
        assertThat(BlocklistFollowUp.addressToCheck(report(Optional.of("153.122.40.105"), r), r, explain(r)))
                .hasValue("153.122.40.105");
        // Without the report's address, Gmail's "[153.122.40.105      18]" names it.
        assertThat(BlocklistFollowUp.addressToCheck(report(Optional.empty(), r), r, explain(r)))
                .hasValue("153.122.40.105");
    }

    @Test
    void noAddressMeansNoCheck() {
        FailedRecipient r = failure(Provider.GMAIL, "5.7.1",
                "550-5.7.1 Our system has detected that this message is likely suspicious due to the very low "
                        + "reputation of the sending IP address. - gsmtp", null, Reason.BADREPUTATION);
        assertThat(BlocklistFollowUp.pointsAtBlocklists(r, explain(r))).isTrue();
        assertThat(BlocklistFollowUp.addressToCheck(report(Optional.empty(), r), r, explain(r))).isEmpty();
    }

    @Test
    void otherFailuresAreNotChecked() {
        FailedRecipient unknownUser = failure(Provider.UNKNOWN, "5.1.1",
                "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown", null, Reason.USERUNKNOWN);
        assertThat(BlocklistFollowUp.pointsAtBlocklists(unknownUser, explain(unknownUser))).isFalse();
        assertThat(BlocklistFollowUp.addressToCheck(report(Optional.of("192.0.2.1"), unknownUser), unknownUser,
                explain(unknownUser))).isEmpty();
        FailedRecipient domain = failure(Provider.GMAIL, "5.7.1", "550-5.7.1 This message is likely suspicious due to "
                + "the very low reputation of the sending domain. - gsmtp", null, Reason.UNDEFINED);
        assertThat(BlocklistFollowUp.pointsAtBlocklists(domain, explain(domain))).isFalse();
    }

    @Test
    void knowledgeBaseOrReasonDecides() {
        FailedRecipient yahoo = failure(Provider.YAHOO, "4.7.0", "421 4.7.0 [TSS04] Messages from 192.0.2.25 "
                + "temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see "
                + "https://postmaster.yahooinc.com/error-codes", "67.195.204.72", Reason.UNDEFINED);
        assertThat(BlocklistFollowUp.addressToCheck(report(Optional.empty(), yahoo), yahoo, explain(yahoo)))
                .hasValue("192.0.2.25");
        FailedRecipient policy = failure(Provider.UNKNOWN, "5.7.1", "550 5.7.1 Delivery not authorized", null,
                Reason.BLOCKED);
        assertThat(BlocklistFollowUp.pointsAtBlocklists(policy, Optional.empty())).isTrue();
        FailedRecipient ptr = failure(Provider.UNKNOWN, "5.7.25", "550 5.7.25 reverse DNS required", null,
                Reason.REQUIREPTR);
        assertThat(BlocklistFollowUp.pointsAtBlocklists(ptr, Optional.empty())).isFalse();
        FailedRecipient delivered = new FailedRecipient("user@example.com", "delivered", "2.0.0", Optional.of(250),
                Optional.empty(), Optional.empty(), "250 2.0.0 OK", SmtpStage.END_OF_DATA, Reason.BADREPUTATION,
                Provider.GMAIL);
        assertThat(BlocklistFollowUp.pointsAtBlocklists(delivered, Optional.empty())).isFalse();
    }

    @Test
    void theReceiversAddressIsNeverTaken() {
        FailedRecipient r = failure(Provider.UNKNOWN, "5.7.1",
                "554 5.7.1 Service unavailable; Client host [192.0.2.30] blocked using zen.spamhaus.org", "192.0.2.30", Reason.BLOCKED);
        assertThat(BlocklistFollowUp.sendingIp(report(Optional.empty(), r), r)).isEmpty();
        FailedRecipient hostAddress = failure(Provider.UNKNOWN, "4.4.1",
                "421 connect to mx.example.com[192.0.2.31]:25: Connection timed out", null, Reason.NETWORKERROR);
        assertThat(BlocklistFollowUp.sendingIp(report(Optional.empty(), hostAddress), hostAddress)).isEmpty();
        FailedRecipient placeholder = failure(Provider.GMAIL, "5.7.1", "550-5.7.1 [0.0.0.0] Our system has detected "
                + "that this message is likely suspicious due to the very low reputation of the sending IP address.", null, Reason.BADREPUTATION);
        assertThat(BlocklistFollowUp.sendingIp(report(Optional.empty(), placeholder), placeholder)).isEmpty();
    }

    @Test
    void microsoftAndIpv6Wordings() {
        FailedRecipient banned = failure(Provider.MICROSOFT365, "5.7.511",
                "550 5.7.511 Access denied, banned sender[192.0.2.7]. To request removal from this list please forward "
                        + "this message to delist@microsoft.com.", "52.101.0.1", Reason.BLOCKED);
        assertThat(BlocklistFollowUp.sendingIp(report(Optional.empty(), banned), banned)).hasValue("192.0.2.7");
        FailedRecipient v6 = failure(Provider.GMAIL, "5.7.1", "550-5.7.1 [2001:db8::25] This message does not meet "
                + "IPv6 sending guidelines regarding PTR records and authentication. - gsmtp", null, Reason.REQUIREPTR);
        assertThat(BlocklistFollowUp.sendingIp(report(Optional.empty(), v6), v6)).hasValue("2001:db8::25");
    }
}
