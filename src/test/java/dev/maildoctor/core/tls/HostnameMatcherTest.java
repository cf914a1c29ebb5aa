package dev.maildoctor.core.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostnameMatcherTest {
    private static CertificateInfo cert(Optional<String> cn, List<String> dns, List<String> ips) {
        return new CertificateInfo("CN=x", "CN=x", cn, dns, ips, Instant.EPOCH, Instant.EPOCH, "EC", 256, "00", false);
    }

    private static CertificateInfo sans(String... dns) {
        return cert(Optional.of("cn.example.com"), List.of(dns), List.of());
    }

    @Test
    void exactNameMatchesCaseInsensitivelyAndIgnoresTrailingDot() {
        assertThat(HostnameMatcher.matches("Mail.Example.com.", sans("mail.example.com"))).isTrue();
        assertThat(HostnameMatcher.matches("mx.example.com", sans("mail.example.com"))).isFalse();
    }

    @Test
    void wildcardStandsForExactlyOneLeftMostLabel() {
        CertificateInfo c = sans("*.example.com");
        assertThat(HostnameMatcher.matches("mail.example.com", c)).isTrue();
        assertThat(HostnameMatcher.matches("example.com", c)).isFalse();
        assertThat(HostnameMatcher.matches("a.mail.example.com", c)).isFalse();
        assertThat(HostnameMatcher.matches("mail.example.org", c)).isFalse();
    }

    @Test
    void wildcardsElsewhereOrOverATopLevelDomainNeverMatch() {
        assertThat(HostnameMatcher.matches("example.com", sans("*.com"))).isFalse();
        assertThat(HostnameMatcher.matches("mail.example.com", sans("m*.example.com"))).isFalse();
        assertThat(HostnameMatcher.matches("mail.example.com", sans("mail.*.com"))).isFalse();
        assertThat(HostnameMatcher.matches("a.b.example.com", sans("*.*.example.com"))).isFalse();
    }

    @Test
    void commonNameIsUsedOnlyWithoutDnsNames() {
        assertThat(HostnameMatcher.matches("cn.example.com", sans("mail.example.com"))).isFalse();
        assertThat(HostnameMatcher.matches("cn.example.com", cert(Optional.of("cn.example.com"), List.of(), List.of())))
                .isTrue();
        assertThat(HostnameMatcher.matches("cn.example.com", cert(Optional.empty(), List.of(), List.of()))).isFalse();
    }

    @Test
    void addressLiteralsMatchOnlyIpAddressEntries() {
        CertificateInfo c = cert(Optional.of("192.0.2.1"), List.of("192.0.2.1"), List.of("192.0.2.7", "2001:db8::1"));
        assertThat(HostnameMatcher.matches("192.0.2.7", c)).isTrue();
        assertThat(HostnameMatcher.matches("[2001:DB8:0::1]", c)).isTrue();
        assertThat(HostnameMatcher.matches("192.0.2.1", c)).as("a dNSName never matches an address").isFalse();
    }

    @Test
    void internationalisedNamesCompareInAsciiForm() {
        assertThat(HostnameMatcher.matches("メール.example.jp", sans("xn--4dkua4c.example.jp"))).isTrue();
    }
}
