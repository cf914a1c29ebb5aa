package dev.maildoctor.core.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dns.CancellableDns;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.testing.FakeDnsServer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import dev.maildoctor.core.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One domain's verdict against the in-JVM DNS server, for every verdict and failure. */
class MxClassifierTest {
    private static final Messages EN = Messages.forLanguage("en");
    private final FakeDnsServer server = new FakeDnsServer();
    private final DnsjavaDns dns = new DnsjavaDns(List.of(server.address()), Duration.ofMillis(300), 64);
    private final MxClassifier classifier = new MxClassifier(dns, ProviderRules.bundled());

    @AfterEach
    void close() {
        server.close();
    }

    private DomainClassification classify(String domain) {
        return classify(classifier, domain);
    }

    private static DomainClassification classify(MxClassifier classifier, String domain) {
        RecipientDomain d = DomainList.parse(domain).domains().get(0);
        return classifier.classify(d).toCompletableFuture().join();
    }

    private void mx(String domain, String... records) {
        for (String r : records) {
            server.add(domain, "MX", r);
        }
    }

    @Test
    void googleWorkspaceByItsCurrentSingleMx() {
        mx("partner.example", "1 smtp.google.com.");
        DomainClassification c = classify("partner.example");
        assertThat(c.provider()).isEqualTo(Verdicts.GOOGLE_WORKSPACE);
        assertThat(c.isGoogle()).isTrue();
        assertThat(c.status()).isEqualTo(Status.PASS);
        assertThat(c.matchedRule()).contains(new MatchedRule("smtp.google.com", "google_workspace", "smtp.google.com"));
        assertThat(c.mx()).containsExactly(new MxHost("smtp.google.com", 1));
        assertThat(c.gateway()).isEmpty();
        assertThat(c.hints()).isEmpty();
        assertThat(c.problem()).isEmpty();
    }

    @Test
    void googleWorkspaceByTheClassicFiveHostsInAnyCaseAndOrder() {
        mx("classic.example", "10 ALT3.ASPMX.L.GOOGLE.COM.", "5 alt1.aspmx.l.google.com.", "1 Aspmx.L.Google.Com.",
                "5 alt2.aspmx.l.google.com.", "10 aspmx2.googlemail.com.");
        DomainClassification c = classify("classic.example");
        assertThat(c.provider()).isEqualTo(Verdicts.GOOGLE_WORKSPACE);
        assertThat(c.status()).isEqualTo(Status.PASS);
        assertThat(c.mx()).extracting(MxHost::host).containsExactly("aspmx.l.google.com", "alt1.aspmx.l.google.com",
                "alt2.aspmx.l.google.com", "alt3.aspmx.l.google.com", "aspmx2.googlemail.com");
        assertThat(c.matchedRule()).map(MatchedRule::mxHost).contains("aspmx.l.google.com");
    }

    @Test
    void everyMailboxProviderByItsMx() {
        mx("gmail.example", "5 gmail-smtp-in.l.google.com.", "10 alt1.gmail-smtp-in.l.google.com.");
        mx("m365.example", "0 m365-example.mail.protection.outlook.com.");
        mx("m365new.example", "0 m365new-example.o-v1.mx.microsoft.");
        mx("hotmail.example", "2 hotmail-com.olc.protection.outlook.com.");
        mx("yahoo.example", "1 mta5.am0.yahoodns.net.", "1 mta6.am0.yahoodns.net.");
        mx("aol.example", "1 mx-aol.mail.gm0.yahoodns.net.");
        mx("icloud.example", "10 mx01.mail.icloud.com.", "10 mx02.mail.icloud.com.");
        mx("zoho.example", "10 mx.zoho.jp.", "20 mx2.zoho.jp.");
        mx("fast.example", "10 in1-smtp.messagingengine.com.");
        mx("proton.example", "10 mail.protonmail.ch.");
        assertThat(classify("gmail.example").provider()).isEqualTo(Verdicts.GMAIL);
        assertThat(classify("m365.example").provider()).isEqualTo(Verdicts.MICROSOFT365);
        assertThat(classify("m365new.example").provider()).isEqualTo(Verdicts.MICROSOFT365);
        DomainClassification hotmail = classify("hotmail.example");
        assertThat(hotmail.provider()).isEqualTo(Verdicts.OUTLOOK_CONSUMER);
        assertThat(hotmail.isMicrosoft()).isTrue();
        assertThat(classify("yahoo.example").provider()).isEqualTo("yahoo");
        assertThat(classify("aol.example").provider()).isEqualTo("aol");
        assertThat(classify("icloud.example").provider()).isEqualTo("icloud");
        assertThat(classify("zoho.example").provider()).isEqualTo("zoho");
        assertThat(classify("fast.example").provider()).isEqualTo("fastmail");
        assertThat(classify("proton.example").provider()).isEqualTo("proton");
    }

    @Test
    void aGatewayIsNamedAndHintsSayWhatIsLikelyBehindIt() {
        mx("pp.example", "10 mx0a-001.pphosted.com.", "10 mx0b-001.pphosted.com.");
        server.add("pp.example", "TXT", "v=spf1 include:spf.protection.outlook.com ~include:_spf.google.com "
                + "ip4:192.0.2.0/24 -all");
        server.add("pp.example", "TXT", "google-site-verification=abc");
        server.add("selector1._domainkey.pp.example", "CNAME",
                "selector1-pp-example._domainkey.pptenant.onmicrosoft.com.");
        server.add("google._domainkey.pp.example", "TXT", "v=DKIM1; k=rsa; p=MIIB");
        DomainClassification c = classify("pp.example");
        assertThat(c.provider()).isEqualTo(Verdicts.GATEWAY);
        assertThat(c.gateway()).contains("Proofpoint");
        assertThat(c.status()).isEqualTo(Status.PASS);
        assertThat(c.matchedRule()).contains(new MatchedRule("mx0a-001.pphosted.com", "proofpoint", "*.pphosted.com"));
        assertThat(c.hints()).containsExactly(
                new Hint("microsoft365", "spf", "include:spf.protection.outlook.com"),
                new Hint("google_workspace", "spf", "include:_spf.google.com"),
                new Hint("google_workspace", "dkim", "google._domainkey.pp.example TXT"),
                new Hint("microsoft365", "dkim", "selector1._domainkey.pp.example CNAME "
                        + "selector1-pp-example._domainkey.pptenant.onmicrosoft.com"));
    }

    @Test
    void gatewayWithoutSignsHasNoHintsAndFailedHintLookupsAreNoHints() {
        mx("mc.example", "10 eu-smtp-inbound-1.mimecast.com.");
        mx("bc.example", "10 d123.ess.barracudanetworks.com.");
        server.add("bc.example", "TXT", "v=spf1 redirect=_spf.google.com");
        server.timeout("*._domainkey.bc.example");
        server.servfail("*._domainkey.mc.example");
        DomainClassification mimecast = classify("mc.example");
        assertThat(mimecast.provider()).isEqualTo(Verdicts.GATEWAY);
        assertThat(mimecast.gateway()).contains("Mimecast");
        assertThat(mimecast.hints()).isEmpty();
        assertThat(mimecast.status()).isEqualTo(Status.PASS);
        DomainClassification barracuda = classify("bc.example");
        assertThat(barracuda.gateway()).contains("Barracuda Email Protection");
        assertThat(barracuda.hints()).containsExactly(new Hint("google_workspace", "spf", "redirect=_spf.google.com"));
    }

    @Test
    void hintsAreNeverLookedUpForMailboxProviders() {
        mx("plain.example", "10 plain-example.mail.protection.outlook.com.");
        server.add("plain.example", "TXT", "v=spf1 include:_spf.google.com -all");
        DomainClassification c = classify("plain.example");
        assertThat(c.provider()).isEqualTo(Verdicts.MICROSOFT365);
        assertThat(c.hints()).isEmpty();
        assertThat(server.queries()).extracting(FakeDnsServer.Query::type).containsOnly("MX");
    }

    @Test
    void mxThatMatchesNoRuleIsSelfHosted() {
        mx("own.example", "10 mail.own.example.");
        DomainClassification c = classify("own.example");
        assertThat(c.provider()).isEqualTo(Verdicts.SELF_HOSTED);
        assertThat(c.matchedRule()).isEmpty();
        assertThat(c.status()).isEqualTo(Status.PASS);
        assertThat(c.mx()).containsExactly(new MxHost("mail.own.example", 10));
    }

    @Test
    void thePrimaryMxDecidesAndOtherProvidersAreNoted() {
        mx("mixed.example", "10 aspmx.l.google.com.", "20 backup.mixed.example.", "30 mx0a-1.pphosted.com.");
        DomainClassification c = classify("mixed.example");
        assertThat(c.provider()).isEqualTo(Verdicts.GOOGLE_WORKSPACE);
        assertThat(c.status()).isEqualTo(Status.INFO);
        assertThat(problem(c)).contains("Other MX hosts: backup.mixed.example (self_hosted), mx0a-1.pphosted.com (proofpoint)");

        mx("backup.example", "5 mail.backup.example.", "10 aspmx.l.google.com.");
        DomainClassification own = classify("backup.example");
        assertThat(own.provider()).isEqualTo(Verdicts.SELF_HOSTED);
        assertThat(problem(own)).contains("Other MX hosts: aspmx.l.google.com (google_workspace)");
    }

    @Test
    void amongEqualPrimariesAKnownProviderBeatsAnUnknownHost() {
        mx("tie.example", "10 a.tie.example.", "10 tie-example.mail.protection.outlook.com.");
        DomainClassification c = classify("tie.example");
        assertThat(c.provider()).isEqualTo(Verdicts.MICROSOFT365);
        assertThat(c.matchedRule()).map(MatchedRule::mxHost).contains("tie-example.mail.protection.outlook.com");
        assertThat(c.status()).isEqualTo(Status.INFO);
    }

    @Test
    void nullMxSaysTheDomainTakesNoMail() {
        mx("nomail.example", "0 .");
        DomainClassification c = classify("nomail.example");
        assertThat(c.provider()).isEqualTo(Verdicts.NULL_MX);
        assertThat(c.status()).isEqualTo(Status.WARN);
        assertThat(c.mx()).containsExactly(new MxHost(".", 0));
    }

    @Test
    void noMxFallsBackToTheAddressRecords() {
        server.add("implicit.example", "A", "192.0.2.25");
        server.add("v6only.example", "AAAA", "2001:db8::25");
        server.add("nothing.example", "TXT", "v=spf1 -all");
        DomainClassification implicit = classify("implicit.example");
        assertThat(implicit.provider()).isEqualTo(Verdicts.NO_MX);
        assertThat(implicit.status()).isEqualTo(Status.PASS);
        assertThat(classify("v6only.example").provider()).isEqualTo(Verdicts.NO_MX);
        DomainClassification nothing = classify("nothing.example");
        assertThat(nothing.provider()).isEqualTo(Verdicts.NO_MX);
        assertThat(nothing.status()).isEqualTo(Status.WARN);
        assertThat(problem(nothing)).contains("No MX, A or AAAA");
    }

    @Test
    void noMxAndAFailingAddressLookupIsUnknown() {
        server.add("half.example", "TXT", "x");
        // The fake server faults by name, not by type: send the address questions to a silent name.
        Dns typeFaults = new Dns() {
            @Override
            public CompletionStage<DnsAnswer> query(String name, String type) {
                return dns.query(type.equals("MX") ? name : "timeout.example", type);
            }

            @Override
            public String describe() {
                return dns.describe();
            }
        };
        server.timeout("timeout.example");
        DomainClassification c = classify(new MxClassifier(typeFaults, ProviderRules.bundled()), "half.example");
        assertThat(c.provider()).isEqualTo(Verdicts.UNKNOWN);
        assertThat(c.status()).isEqualTo(Status.UNKNOWN);
        assertThat(problem(c)).startsWith("No MX records, and then: ").contains("timed out");
    }

    @Test
    void nxdomain() {
        DomainClassification c = classify("gone.example");
        assertThat(c.provider()).isEqualTo(Verdicts.NXDOMAIN);
        assertThat(c.status()).isEqualTo(Status.WARN);
        assertThat(c.mx()).isEmpty();
    }

    @Test
    void everyDnsFailureIsUnknownSayingWhatFailedNeverAGuess() {
        mx("slow.example", "1 smtp.google.com.");
        mx("broken.example", "1 smtp.google.com.");
        mx("refusing.example", "1 smtp.google.com.");
        server.timeout("slow.example").servfail("broken.example").refused("refusing.example");
        String resolver = dns.describe();
        assertThat(classify("slow.example")).satisfies(c -> {
            assertThat(c.provider()).isEqualTo(Verdicts.UNKNOWN);
            assertThat(c.status()).isEqualTo(Status.UNKNOWN);
            assertThat(problem(c)).isEqualTo("MX look-up timed out (resolver " + resolver + ")");
            assertThat(c.matchedRule()).isEmpty();
        });
        assertThat(problem(classify("broken.example"))).isEqualTo("MX look-up answered SERVFAIL (resolver " + resolver + ")");
        assertThat(problem(classify("refusing.example"))).isEqualTo("MX look-up answered REFUSED (resolver " + resolver + ")");
    }

    @Test
    void anUnreachableResolverOrAFailingClientIsUnknownToo() throws java.io.IOException {
        java.net.InetSocketAddress closed;
        try (java.net.DatagramSocket socket = new java.net.DatagramSocket(0, java.net.InetAddress.getByName("127.0.0.1"))) {
            closed = new java.net.InetSocketAddress("127.0.0.1", socket.getLocalPort());
        }
        MxClassifier nowhere = new MxClassifier(new DnsjavaDns(List.of(closed), Duration.ofMillis(200), 4),
                ProviderRules.bundled());
        assertThat(classify(nowhere, "any.example")).satisfies(c -> {
            assertThat(c.provider()).isEqualTo(Verdicts.UNKNOWN);
            assertThat(problem(c)).startsWith("MX look-up");
        });
        Dns throwing = new Dns() {
            @Override
            public CompletionStage<DnsAnswer> query(String name, String type) {
                throw new IllegalStateException("resolver client broken");
            }

            @Override
            public String describe() {
                return "broken";
            }
        };
        assertThat(problem(classify(new MxClassifier(throwing, ProviderRules.bundled()), "any.example")))
                .contains("MX look-up failed: ").contains("resolver client broken");
        Dns failing = new Dns() {
            @Override
            public CompletionStage<DnsAnswer> query(String name, String type) {
                return CompletableFuture.failedFuture(new java.io.IOException("socket closed"));
            }

            @Override
            public String describe() {
                return "failing";
            }
        };
        assertThat(problem(classify(new MxClassifier(failing, ProviderRules.bundled()), "any.example")))
                .isEqualTo("MX look-up failed: socket closed");
    }

    @Test
    void aCancelledLookupIsUnknownCancelled() {
        mx("c.example", "1 smtp.google.com.");
        CancellableDns cancellable = new CancellableDns(dns);
        cancellable.cancel();
        DomainClassification c = classify(new MxClassifier(cancellable, ProviderRules.bundled()), "c.example");
        assertThat(c.provider()).isEqualTo(Verdicts.UNKNOWN);
        assertThat(c.problem()).contains(dev.maildoctor.core.model.Msg.of("recipients.problem.cancelled"));
    }

    @Test
    void internationalisedDomainsAreQueriedInPunycode() {
        mx("xn--wgv71a119e.jp", "10 aspmx.l.google.com.");
        DomainClassification c = classify("日本語.JP.");
        assertThat(c.provider()).isEqualTo(Verdicts.GOOGLE_WORKSPACE);
        assertThat(c.domain()).isEqualTo(new RecipientDomain("xn--wgv71a119e.jp", "日本語.jp"));
        assertThat(server.queries()).extracting(FakeDnsServer.Query::name).containsExactly("xn--wgv71a119e.jp");
    }

    @Test
    void unreadableMxRecordsAreSkipped() {
        assertThat(MxRecords.parse(List.of("10 a.example.", "x b.example.", "garbage", "20 B.Example."))).containsExactly(
                new MxHost("a.example", 10), new MxHost("b.example", 20));
        assertThat(MxRecords.isNullMx(List.of(new MxHost(".", 0)))).isTrue();
        assertThat(MxRecords.isNullMx(List.of())).isFalse();
    }

    private static String problem(DomainClassification c) {
        return c.problem().map(EN::render).orElse("");
    }
}
