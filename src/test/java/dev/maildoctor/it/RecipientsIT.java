package dev.maildoctor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.maildoctor.core.dns.DnsSettings;
import dev.maildoctor.core.dns.ResolverAddress;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.model.Status;
import dev.maildoctor.core.recipients.BulkClassifier;
import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.DomainList;
import dev.maildoctor.core.recipients.Hint;
import dev.maildoctor.core.recipients.ProviderRules;
import dev.maildoctor.core.recipients.Verdicts;
import dev.maildoctor.testing.RealDnsDaemons;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recipient-domain classification through a real unbound that recurses to nsd serving the
 * partners' zone: MX, null MX, implicit MX, NXDOMAIN, an IDN and a gateway with hints.
 */
class RecipientsIT {
    private static RealDnsDaemons dns;

    @BeforeAll
    static void startDaemons() throws IOException {
        RealDnsDaemons.assumeAvailableOrRequired();
        dns = RealDnsDaemons.builder()
                .authoritativeZone("partners.test", """
                        $TTL 300
                        @                        IN SOA   ns.test. hostmaster.test. 1 3600 600 86400 60
                        @                        IN NS    ns.test.
                        google                   IN MX    1 smtp.google.com.
                        classic                  IN MX    10 ALT1.ASPMX.L.GOOGLE.COM.
                        classic                  IN MX    1 aspmx.l.google.com.
                        m365                     IN MX    0 m365-partners-test.mail.protection.outlook.com.
                        own                      IN MX    10 mail.own.partners.test.
                        nullmx                   IN MX    0 .
                        implicit                 IN A     192.0.2.25
                        xn--wgv71a119e           IN MX    10 aspmx.l.google.com.
                        pp                       IN MX    10 mx0a-001.pphosted.com.
                        pp                       IN TXT   "v=spf1 include:spf.protection.outlook.com -all"
                        selector1._domainkey.pp  IN CNAME selector1-pp._domainkey.tenant.onmicrosoft.com.
                        """)
                .start();
    }

    @AfterAll
    static void stopDaemons() {
        if (dns != null) {
            dns.close();
        }
    }

    @Test
    void partnersAreClassifiedThroughARealResolver() {
        DomainList list = DomainList.parse("""
                google.partners.test, classic.partners.test; m365.partners.test
                Someone <someone@own.partners.test>
                nullmx.partners.test implicit.partners.test gone.partners.test
                日本語.partners.test
                pp.partners.test
                """);
        DnsSettings settings = new DnsSettings(List.of(ResolverAddress.format(dns.resolverAddress())),
                Duration.ofSeconds(2), DnsSettings.DEFAULT_MAX_IN_FLIGHT);
        List<DomainClassification> results = new BulkClassifier(settings.open(), ProviderRules.bundled())
                .classifyAll(list.domains(), Progress.NONE).toCompletableFuture().join();

        assertThat(results).extracting(DomainClassification::provider).containsExactly(
                Verdicts.GOOGLE_WORKSPACE, Verdicts.GOOGLE_WORKSPACE, Verdicts.MICROSOFT365, Verdicts.SELF_HOSTED,
                Verdicts.NULL_MX, Verdicts.NO_MX, Verdicts.NXDOMAIN, Verdicts.GOOGLE_WORKSPACE, Verdicts.GATEWAY);
        assertThat(results).extracting(DomainClassification::status).doesNotContain(Status.UNKNOWN);
        assertThat(results.get(1).matchedRule()).hasValueSatisfying(m -> assertThat(m.mxHost()).isEqualTo("aspmx.l.google.com"));
        assertThat(results.get(7).domain().unicode()).isEqualTo("日本語.partners.test");
        DomainClassification gateway = results.get(8);
        assertThat(gateway.gateway()).contains("Proofpoint");
        assertThat(gateway.hints()).extracting(Hint::provider, Hint::source)
                .containsExactly(tuple("microsoft365", "spf"), tuple("microsoft365", "dkim"));
    }
}
