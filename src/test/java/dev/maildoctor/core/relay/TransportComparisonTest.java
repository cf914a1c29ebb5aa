package dev.maildoctor.core.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.recipients.RecipientDomain;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransportComparisonTest {
    private static final RelayRequest REQUEST = new RelayRequest(RelayTarget.parse("relay.example.net:587"),
            List.of(new RecipientDomain("example.co.jp", "example.co.jp"),
                    new RecipientDomain("partner.example", "partner.example"),
                    new RecipientDomain("xn--r8jz45g.jp", "例え.jp")),
            Optional.of("user"), Optional.empty());

    @Test
    void theGeneratedFileIsUpToDate() {
        String generated = PostfixRelayConfig.generate(REQUEST).transport();
        TransportComparison c = TransportComparison.compare(generated, REQUEST);
        assertThat(c.upToDate()).isTrue();
        assertThat(c.missing()).isEmpty();
    }

    @Test
    void anEmptyFileMissesEveryDomain() {
        TransportComparison c = TransportComparison.compare("", REQUEST);
        assertThat(c.missing()).containsExactly("example.co.jp", "partner.example", "xn--r8jz45g.jp");
        assertThat(c.redundant()).isEmpty();
        assertThat(c.different()).isEmpty();
        assertThat(c.unreadable()).isEmpty();
    }

    @Test
    void readsCommentsBlankLinesContinuationsCaseAndUnicodeKeys() {
        String file = """
                # partners on Google
                \t# an indented comment is still a comment

                EXAMPLE.co.jp   smtp:[Relay.Example.NET]:submission
                partner.example
                    smtp:[relay.example.net]:587
                例え.JP\tsmtp:[relay.example.net]:587\r
                """;
        TransportComparison c = TransportComparison.compare(file, REQUEST);
        assertThat(c.upToDate()).as(c.toString()).isTrue();
    }

    @Test
    void reportsMissingRedundantDifferentAndUnreadable() {
        String file = """
                example.co.jp smtp:[old-relay.example.net]:25
                other.example smtp:[relay.example.net]:587
                  continued-without-key
                lonely.example
                bad.example smtp:[relay.example.net]:587 trailing-word
                """;
        String withLeadingContinuation = "  smtp:[x]:25\n" + file;
        TransportComparison c = TransportComparison.compare(withLeadingContinuation, REQUEST);
        assertThat(c.missing()).containsExactly("partner.example", "xn--r8jz45g.jp");
        assertThat(c.different()).containsExactly("example.co.jp smtp:[old-relay.example.net]:25");
        assertThat(c.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.domain()).isEqualTo("example.co.jp");
            assertThat(m.lineNumber()).isEqualTo(2);
            assertThat(m.expected()).isEqualTo("smtp:[relay.example.net]:587");
        });
        // "other.example ... continued-without-key" is one logical line with three words.
        assertThat(c.unreadable()).containsExactly("smtp:[x]:25",
                "other.example smtp:[relay.example.net]:587 continued-without-key", "lonely.example",
                "bad.example smtp:[relay.example.net]:587 trailing-word");
        assertThat(c.redundant()).isEmpty();
    }

    @Test
    void entriesForOtherDomainsAndRepeatedKeysAreRedundant() {
        String file = """
                example.co.jp smtp:[relay.example.net]:587
                partner.example smtp:[relay.example.net]:587
                xn--r8jz45g.jp smtp:[relay.example.net]:587
                former-partner.example smtp:[relay.example.net]:587
                example.co.jp smtp:[other.example.net]:587
                """;
        TransportComparison c = TransportComparison.compare(file, REQUEST);
        assertThat(c.missing()).isEmpty();
        assertThat(c.different()).isEmpty();
        assertThat(c.redundant()).containsExactly("former-partner.example smtp:[relay.example.net]:587",
                "example.co.jp smtp:[other.example.net]:587");
    }

    @Test
    void parentDotKeysAndTheWildcardRouteDomainsAsPostfixWould() {
        RelayRequest sub = new RelayRequest(RelayTarget.parse("relay.example.net"),
                List.of(new RecipientDomain("mail.example.co.jp", "mail.example.co.jp"),
                        new RecipientDomain("partner.example", "partner.example")),
                Optional.empty(), Optional.empty());
        String file = """
                .example.co.jp smtp:[relay.example.net]:587
                * smtp:[smarthost.isp.example]
                """;
        TransportComparison c = TransportComparison.compare(file, sub);
        assertThat(c.missing()).isEmpty();
        assertThat(c.different()).containsExactly("* smtp:[smarthost.isp.example]");
        assertThat(c.mismatches()).extracting(TransportComparison.Mismatch::domain).containsExactly("partner.example");
        assertThat(c.redundant()).isEmpty();
    }

    @Test
    void aSubdomainLineOfARequestedDomainGoingElsewhereIsDifferent() {
        String file = """
                example.co.jp smtp:[relay.example.net]:587
                .example.co.jp smtp:[old.example.net]:587
                partner.example smtp:[relay.example.net]:587
                xn--r8jz45g.jp smtp:[relay.example.net]:587
                """;
        TransportComparison c = TransportComparison.compare(file, REQUEST);
        assertThat(c.different()).containsExactly(".example.co.jp smtp:[old.example.net]:587");
        assertThat(c.mismatches()).extracting(TransportComparison.Mismatch::domain).containsExactly(".example.co.jp");
        assertThat(c.missing()).isEmpty();
        assertThat(c.redundant()).isEmpty();
    }

    @Test
    void aWildcardThatNoRequestedDomainNeedsIsRedundantAndADotKeyDoesNotCoverTheDomainItself() {
        String file = """
                .partner.example smtp:[relay.example.net]:587
                example.co.jp smtp:[relay.example.net]:587
                xn--r8jz45g.jp smtp:[relay.example.net]:587
                """;
        TransportComparison c = TransportComparison.compare(file, REQUEST);
        assertThat(c.missing()).containsExactly("partner.example");
        assertThat(c.redundant()).isEmpty();

        TransportComparison wildcard = TransportComparison.compare(
                PostfixRelayConfig.generate(REQUEST).transport() + "* smtp:[relay.example.net]:587\n", REQUEST);
        assertThat(wildcard.redundant()).containsExactly("* smtp:[relay.example.net]:587");
    }

    @Test
    void nextHopsCompareAfterCanonicalisation() {
        assertThat(Nexthop.canonical("smtp:[Relay.Example.NET]:submission"))
                .isEqualTo(Nexthop.canonical("smtp:[relay.example.net]:587"));
        assertThat(Nexthop.canonical(":[relay.example.net]:587")).isEqualTo("smtp:[relay.example.net]:587");
        assertThat(Nexthop.canonical("smtp:[relay.example.net]")).isEqualTo("smtp:[relay.example.net]:25");
        assertThat(Nexthop.canonical("smtp:relay.example.net:587")).isNotEqualTo(
                Nexthop.canonical("smtp:[relay.example.net]:587"));
        assertThat(Nexthop.canonical("relay:[relay.example.net]:587")).isNotEqualTo(
                Nexthop.canonical("smtp:[relay.example.net]:587"));
        assertThat(Nexthop.canonical("smtp:[ipv6:2001:DB8:0::25]:587")).isEqualTo("smtp:[2001:db8::25]:587");
    }
}
