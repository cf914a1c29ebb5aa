package dev.maildoctor.core.recipients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled rules file and the loader's validation. */
class ProviderRulesTest {
    private final ProviderRules rules = ProviderRules.bundled();

    @ParameterizedTest
    @CsvSource(textBlock = """
            smtp.google.com                                    | google_workspace  | smtp.google.com
            aspmx.l.google.com                                 | google_workspace  | aspmx.l.google.com
            alt1.aspmx.l.google.com                            | google_workspace  | alt1.aspmx.l.google.com
            alt4.aspmx.l.google.com                            | google_workspace  | alt4.aspmx.l.google.com
            aspmx2.googlemail.com                              | google_workspace  | aspmx2.googlemail.com
            aspmx5.googlemail.com                              | google_workspace  | aspmx5.googlemail.com
            gmail-smtp-in.l.google.com                         | gmail             | gmail-smtp-in.l.google.com
            alt3.gmail-smtp-in.l.google.com                    | gmail             | alt3.gmail-smtp-in.l.google.com
            contoso-com.mail.protection.outlook.com            | microsoft365      | *.mail.protection.outlook.com
            contoso-com.o-v1.mx.microsoft                      | microsoft365      | *.mx.microsoft
            outlook-com.olc.protection.outlook.com             | outlook_consumer  | *.olc.protection.outlook.com
            hotmail-com.olc.protection.outlook.com             | outlook_consumer  | *.olc.protection.outlook.com
            mta5.am0.yahoodns.net                              | yahoo             | *.yahoodns.net
            mx-aol.mail.gm0.yahoodns.net                       | aol               | mx-aol.mail.gm0.yahoodns.net
            mx01.mail.icloud.com                               | icloud            | *.mail.icloud.com
            mx.zoho.com                                        | zoho              | *.zoho.com
            mx.zoho.eu                                         | zoho              | *.zoho.eu
            mx.zoho.jp                                         | zoho              | *.zoho.jp
            mx1.mail.yahoo.co.jp                               | yahoo_japan       | *.mail.yahoo.co.jp
            mxbiz1.qq.com                                      | tencent_exmail    | mxbiz1.qq.com
            mx3.qq.com                                         | qq                | *.qq.com
            mx0a-00123401.pphosted.com                         | proofpoint        | *.pphosted.com
            us-smtp-inbound-1.mimecast.com                     | mimecast          | *.mimecast.com
            mx1.example.iphmx.com                              | cisco             | *.iphmx.com
            cluster1.eu.messagelabs.com                        | broadcom          | *.messagelabs.com
            """, delimiter = '|')
    void bundledRulesKnowTheProvidersMxHosts(String host, String id, String pattern) {
        assertThat(rules.match(host)).contains(new MatchedRule(host, id, pattern));
    }

    @Test
    void matchingIgnoresCaseAndATrailingDot() {
        assertThat(rules.match("ASPMX.L.Google.COM.")).contains(
                new MatchedRule("aspmx.l.google.com", "google_workspace", "aspmx.l.google.com"));
        assertThat(rules.match("Contoso-Com.Mail.Protection.Outlook.Com.")).map(MatchedRule::ruleId)
                .contains("microsoft365");
    }

    @Test
    void wildcardsMatchAnyDepthButNotTheSuffixItselfNorLookAlikes() {
        assertThat(rules.match("a.b.c.mail.protection.outlook.com")).map(MatchedRule::ruleId).contains("microsoft365");
        assertThat(rules.match("mail.protection.outlook.com")).isEmpty();
        assertThat(rules.match("evilmail.protection.outlook.com")).isEmpty();
        assertThat(rules.match("aspmx.l.google.com.evil.example")).isEmpty();
        assertThat(rules.match("alt9.aspmx.l.google.com")).isEmpty();
        assertThat(rules.match("")).isEmpty();
        assertThat(rules.match(".")).isEmpty();
    }

    @Test
    void namesIdsAndKinds() {
        assertThat(rules.name("google_workspace")).contains("Google Workspace");
        assertThat(rules.name("proofpoint")).contains("Proofpoint");
        assertThat(rules.name("no_such_provider")).isEmpty();
        assertThat(rules.ids()).startsWith("google_workspace", "gmail", "microsoft365", "outlook_consumer")
                .contains("yahoo", "aol", "icloud", "zoho", "fastmail", "proton", "proofpoint", "mimecast")
                .doesNotHaveDuplicates();
        assertThat(rules.isGateway("mimecast")).isTrue();
        assertThat(rules.isGateway("gmail")).isFalse();
        assertThat(rules.isGateway("nothing")).isFalse();
    }

    @Test
    void bundledRulesAreLoadedOnceAndSharedAcrossThreads() throws InterruptedException {
        Set<ProviderRules> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 64; i++) {
            pool.execute(() -> seen.add(ProviderRules.bundled()));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly(ProviderRules.bundled());
    }

    @Test
    void theMostSpecificPatternWinsWhateverTheFileOrder() throws IOException {
        ProviderRules r = load("""
                providers:
                  - {id: microsoft365, name: M365, kind: mailbox, mx: ["*.protection.outlook.com"]}
                  - {id: outlook_consumer, name: Outlook.com, kind: mailbox, mx: ["*.olc.protection.outlook.com"]}
                  - {id: google_workspace, name: GW, kind: mailbox, mx: ["*.l.google.com"]}
                  - {id: gmail, name: Gmail, kind: mailbox, mx: [gmail-smtp-in.l.google.com]}
                """);
        assertThat(r.match("outlook-com.olc.protection.outlook.com")).map(MatchedRule::ruleId).contains("outlook_consumer");
        assertThat(r.match("x.mail.protection.outlook.com")).map(MatchedRule::ruleId).contains("microsoft365");
        assertThat(r.match("gmail-smtp-in.l.google.com")).map(MatchedRule::ruleId).contains("gmail");
        assertThat(r.match("aspmx.l.google.com")).map(MatchedRule::pattern).contains("*.l.google.com");
    }

    private static final String REQUIRED = """
              - {id: google_workspace, name: GW, kind: mailbox, mx: [aspmx.l.google.com]}
              - {id: gmail, name: Gmail, kind: mailbox, mx: [gmail-smtp-in.l.google.com]}
              - {id: microsoft365, name: M365, kind: mailbox, mx: ["*.mail.protection.outlook.com"]}
              - {id: outlook_consumer, name: Outlook.com, kind: mailbox, mx: ["*.olc.protection.outlook.com"]}
            """;

    @Test
    void unknownKeysFail() {
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + "  - {id: x, name: X, kind: mailbox, mx: [a.b], mxx: [c.d]}\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("mxx");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + "extra: 1\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("extra");
    }

    @Test
    void brokenContentFailsNamingTheEntry() {
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + "  - {id: x, name: X, kind: mailbox, mx: [\"*.com\"]}\n"))
                .hasMessageContaining("provider 'x'").hasMessageContaining("two labels");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + "  - {id: x, name: X, kind: mailbox, mx: [MX.Example.com]}\n"))
                .hasMessageContaining("provider 'x'").hasMessageContaining("malformed label");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + "  - {id: x, name: X, kind: mailbox, mx: [mx.example.com.]}\n"))
                .hasMessageContaining("malformed label");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + "  - {id: x, name: X, kind: mailbox, mx: [\"mx.*.example.com\"]}\n"))
                .hasMessageContaining("malformed label");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + "  - {id: x, name: X, kind: mailbox, mx: [aspmx.l.google.com]}\n"))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + "  - {id: self_hosted, name: X, kind: mailbox, mx: [a.b]}\n"))
                .hasMessageContaining("reserved");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + "  - {id: x, name: X, kind: mailbox, mx: []}\n"))
                .hasMessageContaining("at least one mx");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + "  - {id: x, name: X, mx: [a.b]}\n"))
                .hasMessageContaining("kind is missing");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + "  - {id: gmail, name: X, kind: mailbox, mx: [a.b]}\n"))
                .hasMessageContaining("duplicate id");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED.lines().skip(1).map(l -> l + "\n")
                .reduce("", String::concat))).hasMessageContaining("'google_workspace' is missing");
    }

    @Test
    void hintsMustNameAKnownMailboxProviderAndWellFormedPatterns() {
        String gateway = "  - {id: pp, name: PP, kind: gateway, mx: [\"*.pphosted.com\"]}\n";
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + gateway + "hints:\n  - {provider: nobody, spf: [a.b]}\n"))
                .hasMessageContaining("hints for 'nobody'").hasMessageContaining("no such provider");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + gateway + "hints:\n  - {provider: pp, spf: [a.b]}\n"))
                .hasMessageContaining("mailbox providers only");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + gateway + "hints:\n  - {provider: gmail, spf: [\"x y.example.com\"]}\n"))
                .hasMessageContaining("malformed label");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + gateway
                + "hints:\n  - {provider: gmail, dkim: [{selector: \"s 1\"}]}\n")).hasMessageContaining("dkim selector");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + gateway
                + "hints:\n  - {provider: gmail, dkim: [{selector: s1, cname: \"*.com\"}]}\n")).hasMessageContaining("dkim cname");
        assertThatThrownBy(() -> load("providers:\n" + REQUIRED + gateway + "hints:\n  - {provider: gmail}\n"))
                .hasMessageContaining("needs spf or dkim");
    }

    @Test
    void theBundledFileLoadsWithTheValidatingYamlPath() throws IOException {
        ProvidersFile file = ProvidersLoader.readYaml(getClass().getResourceAsStream(ProvidersLoader.RESOURCE));
        assertThat(file.providers()).hasSizeGreaterThan(20);
        assertThat(file.hints()).extracting(HintEntry::provider).contains("google_workspace", "microsoft365");
        ProviderRules fromYaml = ProvidersLoader.load(getClass().getResourceAsStream(ProvidersLoader.RESOURCE));
        assertThat(fromYaml.ids()).isEqualTo(rules.ids());
        assertThat(fromYaml.spfTarget("_spf.google.com")).map(HostPatterns.Owner::providerId).contains("google_workspace");
        assertThat(fromYaml.dkimRules()).extracting(ProviderRules.DkimRule::selector).contains("google", "selector1");
        assertThat(fromYaml.dkimRules()).filteredOn(d -> d.selector().equals("google"))
                .extracting(ProviderRules.DkimRule::cname).containsOnly(Optional.empty());
        assertThat(List.of("gateway", "self_hosted", "unknown")).allSatisfy(id -> assertThat(rules.name(id)).isEmpty());
    }

    private static ProviderRules load(String yaml) throws IOException {
        return ProvidersLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
