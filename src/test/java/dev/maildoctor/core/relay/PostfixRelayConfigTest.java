package dev.maildoctor.core.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.recipients.RecipientDomain;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The incident's setup: the provider's relay on 587 with a login, for the Google-hosted partners only. */
class PostfixRelayConfigTest {
    static final List<RecipientDomain> PARTNERS = List.of(
            new RecipientDomain("partner.example", "partner.example"),
            new RecipientDomain("example.co.jp", "example.co.jp"),
            new RecipientDomain("xn--r8jz45g.jp", "例え.jp"));

    static RelayRequest request(String relay, Optional<String> user, Optional<String> password) {
        return new RelayRequest(RelayTarget.parse(relay), PARTNERS, user, password);
    }

    private static List<String> settings(String file) {
        return file.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    }

    @Test
    void incidentTransportMapHasOneBracketedLinePerDomainInAsciiOrder() {
        PostfixFiles files = PostfixRelayConfig.generate(
                request("relay.example.net:587", Optional.of("user@example.com"), Optional.empty()));

        assertThat(settings(files.transport())).containsExactly(
                "example.co.jp smtp:[relay.example.net]:587",
                "partner.example smtp:[relay.example.net]:587",
                "xn--r8jz45g.jp smtp:[relay.example.net]:587");
        assertThat(files.transport())
                .contains("# 例え.jp\nxn--r8jz45g.jp smtp:[relay.example.net]:587\n")
                .contains("no MX lookup")
                .contains("leading dot:\n#   .example.co.jp smtp:[relay.example.net]:587\n")
                .doesNotContain("\n.example.co.jp");
    }

    @Test
    void incidentMainCfAuthenticatesAndRequiresTlsForTheRelayOnly() {
        PostfixFiles files = PostfixRelayConfig.generate(
                request("relay.example.net:587", Optional.of("user@example.com"), Optional.empty()));

        assertThat(settings(files.mainCf())).containsExactly(
                "transport_maps = hash:/etc/postfix/transport",
                "smtp_sasl_auth_enable = yes",
                "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd",
                "smtp_sasl_security_options = noanonymous",
                "smtp_tls_policy_maps = hash:/etc/postfix/tls_policy");
        // A global encrypt level would defer mail to every server without STARTTLS.
        assertThat(files.mainCf()).doesNotContain("\nsmtp_tls_security_level").contains("defer mail");
        assertThat(settings(files.tlsPolicy())).containsExactly("[relay.example.net]:587 encrypt");
        assertThat(files.masterCf()).isEmpty();
    }

    @Test
    void saslPasswdKeyIsExactlyTheTransportNextHopWithAPlaceholder() {
        PostfixFiles files = PostfixRelayConfig.generate(
                request("Relay.Example.NET", Optional.of("user@example.com"), Optional.empty()));

        assertThat(settings(files.saslPasswd())).containsExactly("[relay.example.net]:587 user@example.com:<password>");
        String nexthop = settings(files.transport()).get(0).split(" ")[1];
        assertThat(nexthop).isEqualTo("smtp:" + settings(files.saslPasswd()).get(0).split(" ")[0]);
        assertThat(files.warnings()).containsExactly(
                Msg.of("relay.warning.password_placeholder", "<password>", "/etc/postfix/sasl_passwd"));
    }

    @Test
    void commandsComeInTheOrderPostfixNeedsThem() {
        PostfixFiles files = PostfixRelayConfig.generate(
                request("relay.example.net:587", Optional.of("user@example.com"), Optional.empty()));

        assertThat(files.commands()).containsExactly(
                "postmap /etc/postfix/transport",
                "postmap /etc/postfix/sasl_passwd",
                "chmod 600 /etc/postfix/sasl_passwd /etc/postfix/sasl_passwd.db",
                "postmap /etc/postfix/tls_policy",
                "postfix check",
                "systemctl reload postfix",
                "# Check: this must print smtp:[relay.example.net]:587",
                "postmap -q example.co.jp hash:/etc/postfix/transport",
                "# Send a test message to a relayed domain; its log line must show relay=relay.example.net[...]"
                        + " (or see /var/log/mail.log, /var/log/maillog)",
                "journalctl --since '15 min ago' | grep 'relay=relay.example.net\\['");
    }

    @Test
    void relayhostAlternativeSendsEverythingThroughTheRelay() {
        PostfixFiles files = PostfixRelayConfig.generate(
                request("relay.example.net:587", Optional.of("user@example.com"), Optional.empty()));

        assertThat(settings(files.relayhostAlternative())).containsExactly(
                "relayhost = [relay.example.net]:587",
                "smtp_sasl_auth_enable = yes",
                "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd",
                "smtp_sasl_security_options = noanonymous",
                "smtp_tls_security_level = encrypt");
        assertThat(files.relayhostAlternative())
                .contains("Prefer it when the relay accepts mail for every destination")
                .contains("#   postmap /etc/postfix/sasl_passwd\n")
                .contains("#   systemctl reload postfix\n")
                .doesNotContain("transport_maps =");
    }

    @Test
    void port465UsesAWrapperModeTransportForTheRelayOnly() {
        PostfixFiles files = PostfixRelayConfig.generate(
                request("relay.example.net:465", Optional.of("user@example.com"), Optional.empty()));

        assertThat(settings(files.transport())).allMatch(l -> l.endsWith(" smtps-relay:[relay.example.net]:465"));
        assertThat(settings(files.masterCf())).containsExactly(
                "smtps-relay unix  -       -       n       -       -       smtp",
                "  -o smtp_tls_wrappermode=yes",
                "  -o smtp_tls_security_level=encrypt");
        // Wrapper mode in main.cf would break every other destination.
        assertThat(settings(files.mainCf())).noneMatch(l -> l.startsWith("smtp_tls_wrappermode"))
                .noneMatch(l -> l.startsWith("smtp_tls_security_level"));
        assertThat(files.tlsPolicy()).isEmpty();
        assertThat(files.commands()).doesNotContain("postmap /etc/postfix/tls_policy")
                .contains("# Check: this must print smtps-relay:[relay.example.net]:465");
        assertThat(settings(files.saslPasswd())).containsExactly("[relay.example.net]:465 user@example.com:<password>");
        assertThat(files.warnings()).contains(Msg.of("relay.warning.master_cf", "smtps-relay"));
        assertThat(settings(files.relayhostAlternative()))
                .contains("relayhost = [relay.example.net]:465", "smtp_tls_wrappermode = yes",
                        "smtp_tls_security_level = encrypt");
    }

    @Test
    void withoutALoginThereIsNoSaslAndNoTlsPolicy() {
        PostfixFiles files = PostfixRelayConfig.generate(request("relay.example.net", Optional.empty(), Optional.empty()));

        assertThat(settings(files.mainCf())).containsExactly("transport_maps = hash:/etc/postfix/transport");
        assertThat(files.saslPasswd()).isEmpty();
        assertThat(files.tlsPolicy()).isEmpty();
        assertThat(files.commands()).noneMatch(c -> c.contains("sasl_passwd") || c.contains("tls_policy"));
        assertThat(files.commands().subList(0, 3))
                .containsExactly("postmap /etc/postfix/transport", "postfix check", "systemctl reload postfix");
        assertThat(files.warnings()).containsExactly(Msg.of("relay.warning.no_login", "[relay.example.net]:587"));
        assertThat(settings(files.relayhostAlternative())).containsExactly("relayhost = [relay.example.net]:587");
    }

    @Test
    void aGivenPasswordGoesIntoSaslPasswdOnlyWithAWarning() {
        String secret = "s3cret:with#chars";
        PostfixFiles files = PostfixRelayConfig.generate(
                request("relay.example.net", Optional.of("user@example.com"), Optional.of(secret)));

        assertThat(settings(files.saslPasswd())).containsExactly("[relay.example.net]:587 user@example.com:" + secret);
        assertThat(files.saslPasswd()).contains("chmod 600");
        assertThat(files.warnings()).containsExactly(
                Msg.of("relay.warning.password_in_file", "/etc/postfix/sasl_passwd"));
        assertThat(List.of(files.mainCf(), files.transport(), files.tlsPolicy(), files.masterCf(),
                files.relayhostAlternative(), String.join("\n", files.commands()), files.toString(),
                files.warnings().toString())).noneMatch(s -> s.contains("s3cret"));
        RelayRequest request = request("relay.example.net", Optional.of("u"), Optional.of(secret));
        assertThat(request.toString()).doesNotContain("s3cret");
    }

    @Test
    void ipv6RelayAndDuplicateDomains() {
        PostfixFiles files = PostfixRelayConfig.generate(new RelayRequest(RelayTarget.parse("[2001:db8::25]:587"),
                List.of(new RecipientDomain("Example.COM", "Example.COM"), new RecipientDomain("example.com", "x")),
                Optional.empty(), Optional.empty()));

        assertThat(settings(files.transport())).containsExactly("example.com smtp:[2001:db8::25]:587");
    }

    @Test
    void domainsThatWouldBreakTheFileAreRejected() {
        for (String bad : List.of("example.com\nrelayhost = [evil.example]", "example.com #x", "exa mple.com",
                "#example.com", "example.com\t", ".example.com", "*", "localhost", "", "user@example.com")) {
            RelayRequest request = new RelayRequest(RelayTarget.parse("relay.example.net"),
                    List.of(new RecipientDomain(bad, bad)), Optional.empty(), Optional.empty());
            assertThatThrownBy(() -> PostfixRelayConfig.generate(request))
                    .as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.msg().key()).isEqualTo("relay.input.bad_domain"));
        }
    }

    @Test
    void anEmptyDomainListIsAnError() {
        RelayRequest request = new RelayRequest(RelayTarget.parse("relay.example.net"), List.of(), Optional.empty(),
                Optional.empty());
        assertThatThrownBy(() -> PostfixRelayConfig.generate(request))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.msg().key()).isEqualTo("relay.input.no_domains"));
    }

    @Test
    void userNamesAndPasswordsThatPostfixWouldMisreadAreRejected() {
        assertKey(request("relay.example.net", Optional.of("user:name"), Optional.empty()), "relay.input.bad_user");
        assertKey(request("relay.example.net", Optional.of("user name"), Optional.empty()), "relay.input.bad_user");
        assertKey(request("relay.example.net", Optional.of("user\n"), Optional.empty()), "relay.input.bad_user");
        assertKey(request("relay.example.net", Optional.of(""), Optional.empty()), "relay.input.bad_user");
        assertKey(request("relay.example.net", Optional.of("u"), Optional.of("pass\nword")), "relay.input.bad_password");
        assertKey(request("relay.example.net", Optional.of("u"), Optional.of(" password")), "relay.input.bad_password");
        assertKey(request("relay.example.net", Optional.of("u"), Optional.of("")), "relay.input.bad_password");
        assertKey(request("relay.example.net", Optional.empty(), Optional.of("password")),
                "relay.input.password_without_user");
    }

    private static void assertKey(RelayRequest request, String key) {
        assertThatThrownBy(() -> PostfixRelayConfig.generate(request))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.msg().key()).isEqualTo(key);
                    assertThat(e.getMessage()).doesNotContain("password\n").doesNotContain("pass\nword");
                });
    }
}
