package dev.maildoctor.core.dnsbl.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private final Catalogue catalogue = CatalogueLoader.loadBundled();

    private DnsblList list(String id) {
        return catalogue.byId(id).orElseThrow(() -> new AssertionError("missing list " + id));
    }

    private static ListCategory categoryOf(DnsblList list, String code) {
        ReturnCode rc = list.code(code).orElseThrow();
        return rc.category() != null ? rc.category() : list.category();
    }

    @Test
    void containsTheRequiredLists() {
        assertThat(catalogue.lists()).extracting(DnsblList::id).contains(
                "spamhaus-zen", "spamhaus-dbl", "spamcop", "barracuda", "spfbl", "uceprotect-1",
                "uceprotect-2", "uceprotect-3", "psbl", "mailspike", "s5h", "justspam", "sorbs");
    }

    @Test
    void zenRefusalCodesAreNotListingsAndSayHowToFixThem() {
        DnsblList zen = list("spamhaus-zen");
        for (String code : List.of("127.255.255.252", "127.255.255.254", "127.255.255.255")) {
            ReturnCode rc = zen.code(code).orElseThrow();
            assertThat(rc.status()).as(code).isEqualTo(CodeStatus.REFUSED);
            assertThat(rc.fix().in(Locale.ENGLISH)).as(code).contains("DQS");
            assertThat(rc.fix().in(Locale.JAPANESE)).as(code).contains("DQS");
        }
        assertThat(zen.code("127.0.0.2").orElseThrow().status()).isEqualTo(CodeStatus.LISTED);
        assertThat(zen.zones().ipv4()).isEqualTo("zen.spamhaus.org");
    }

    @Test
    void zenPblCodesArePolicyAndNotBlockedByMajorProviders() {
        DnsblList zen = list("spamhaus-zen");
        for (String code : List.of("127.0.0.10", "127.0.0.11")) {
            ReturnCode rc = zen.code(code).orElseThrow();
            assertThat(categoryOf(zen, code)).as(code).isEqualTo(ListCategory.POLICY);
            assertThat(rc.majorProvidersBlock()).as(code).isFalse();
        }
        assertThat(categoryOf(zen, "127.0.0.2")).isEqualTo(ListCategory.REPUTATION);
        assertThat(categoryOf(zen, "127.0.0.4")).isEqualTo(ListCategory.REPUTATION);
        assertThat(zen.majorProvidersBlock()).isTrue();
    }

    @Test
    void dblRefusesIpQueriesAndHasTestPoints() {
        DnsblList dbl = list("spamhaus-dbl");
        assertThat(dbl.code("127.0.1.255").orElseThrow().status()).isEqualTo(CodeStatus.REFUSED);
        assertThat(dbl.code("127.255.255.254").orElseThrow().status()).isEqualTo(CodeStatus.REFUSED);
        assertThat(dbl.code("127.0.1.2").orElseThrow().status()).isEqualTo(CodeStatus.LISTED);
        assertThat(dbl.zones().domain()).isEqualTo("dbl.spamhaus.org");
        assertThat(dbl.zones().ipv4()).isNull();
        assertThat(dbl.testPoints().domainListed()).isEqualTo("dbltest.com");
        assertThat(dbl.testPoints().domainNotListed()).isNotBlank();
    }

    @Test
    void spamhausListsHaveDqsZones() {
        assertThat(list("spamhaus-zen").dqsZone()).isEqualTo("zen.dq.spamhaus.net");
        assertThat(list("spamhaus-dbl").dqsZone()).isEqualTo("dbl.dq.spamhaus.net");
    }

    @Test
    void uceprotectLevelsDescribeAddressRangeAndAsn() {
        assertThat(list("uceprotect-1").category()).isEqualTo(ListCategory.REPUTATION);
        assertThat(list("uceprotect-2").category()).isEqualTo(ListCategory.RANGE);
        assertThat(list("uceprotect-3").category()).isEqualTo(ListCategory.ASN);
        for (String id : List.of("uceprotect-2", "uceprotect-3")) {
            assertThat(list(id).majorProvidersBlock()).as(id).isFalse();
            assertThat(list(id).delisting().actor()).as(id).isEqualTo(DelistActor.PROVIDER);
        }
    }

    @Test
    void spfblIsForScoringWithAPolicyCode() {
        DnsblList spfbl = list("spfbl");
        assertThat(spfbl.category()).isEqualTo(ListCategory.SCORING_ONLY);
        assertThat(spfbl.majorProvidersBlock()).isFalse();
        assertThat(categoryOf(spfbl, "127.0.0.4")).isEqualTo(ListCategory.POLICY);
        assertThat(spfbl.zones().ipv6()).isEqualTo("dnsbl.spfbl.net");
    }

    @Test
    void mailspikeUsesTheBlockingZoneNotTheReputationZone() {
        assertThat(list("mailspike").zones().ipv4()).isEqualTo("bl.mailspike.net");
    }

    @Test
    void sorbsIsRetiredAndNeverQueried() {
        DnsblList sorbs = list("sorbs");
        assertThat(sorbs.retired()).isTrue();
        assertThat(sorbs.retiredNote().in(Locale.JAPANESE)).isNotBlank();
        assertThat(catalogue.active()).extracting(DnsblList::id).doesNotContain("sorbs");
        assertThat(catalogue.active()).hasSize(catalogue.lists().size() - 1);
    }

    @Test
    void activeListsCarryDelistingAndLimits() {
        for (DnsblList l : catalogue.active()) {
            assertThat(l.delisting().url()).as(l.id()).startsWith("https://");
            assertThat(l.limits().maxConcurrent()).as(l.id()).isBetween(1, 8);
            assertThat(l.codes()).as(l.id()).isNotEmpty();
        }
    }

    /** Small catalogues fed through the loader: the validator must reject each broken one. */
    @Nested
    class Validation {
        private static final String VALID = """
                lists:
                  - id: demo
                    name: Demo
                    operator: Demo Ltd
                    website: https://demo.example/
                    category: reputation
                    zones: {ipv4: bl.demo.example}
                    codes:
                      - code: 127.0.0.2
                        status: listed
                        label: Listed
                        meaning: {en: "Listed.", ja: "掲載されています。"}
                      - code: 127.255.255.254
                        status: refused
                        label: Refused
                        meaning: {en: "Refused.", ja: "拒否されました。"}
                        fix: {en: "Use your own resolver.", ja: "自前のリゾルバを使ってください。"}
                    default_meaning: {en: "Unknown code.", ja: "不明なコードです。"}
                    description: {en: "A demo list.", ja: "デモ用のリストです。"}
                    delisting:
                      url: https://demo.example/remove
                      actor: you
                      procedure: {en: "1. Ask.", ja: "1. 申請します。"}
                    limits:
                      max_concurrent: 2
                      neighbour_scan: true
                      note: {en: "Free.", ja: "無料です。"}
                """;

        private static Catalogue load(String yaml) throws IOException {
            return CatalogueLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        }

        private static String broken(String from, String to) {
            assertThat(VALID).contains(from);
            return VALID.replace(from, to);
        }

        private static void assertRejected(String yaml, String message) {
            assertThatThrownBy(() -> load(yaml))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(message);
        }

        @Test
        void theTemplateItselfIsValid() throws IOException {
            assertThat(load(VALID).lists()).hasSize(1);
        }

        @Test
        void duplicateIds() {
            String twice = VALID + VALID.substring(VALID.indexOf("  - id: demo"));
            assertRejected(twice, "list 'demo': duplicate id");
        }

        @Test
        void missingZone() {
            assertRejected(broken("zones: {ipv4: bl.demo.example}", "zones: {}"), "list 'demo': needs at least one zone");
        }

        @Test
        void badZoneName() {
            assertRejected(broken("bl.demo.example", "BL.Demo.example"), "list 'demo': zones.ipv4 'BL.Demo.example'");
            assertRejected(broken("bl.demo.example", "bl..demo.example"), "is not a lowercase DNS name");
            assertRejected(broken("bl.demo.example", "-bl.demo.example"), "is not a lowercase DNS name");
        }

        @Test
        void codeOutsideLoopback() {
            assertRejected(broken("code: 127.0.0.2", "code: 10.0.0.2"), "list 'demo': code '10.0.0.2' is not an IPv4");
            assertRejected(broken("code: 127.0.0.2", "code: 127.0.0.256"), "code '127.0.0.256'");
            assertRejected(broken("code: 127.0.0.2", "code: 127.0.2"), "code '127.0.2'");
        }

        @Test
        void duplicateCode() {
            assertRejected(broken("code: 127.255.255.254", "code: 127.0.0.2"), "list 'demo': code 127.0.0.2 appears twice");
        }

        @Test
        void refusedCodeWithoutFix() {
            assertRejected(broken("        fix: {en: \"Use your own resolver.\", ja: \"自前のリゾルバを使ってください。\"}\n", ""),
                    "list 'demo': refused code 127.255.255.254 needs a fix text");
        }

        @Test
        void missingJapanese() {
            assertRejected(broken("description: {en: \"A demo list.\", ja: \"デモ用のリストです。\"}",
                    "description: {en: \"A demo list.\"}"), "list 'demo': description has no 'ja' text");
            assertRejected(broken("ja: \"掲載されています。\"", "ja: \"  \""), "code 127.0.0.2 meaning has no 'ja' text");
        }

        @Test
        void delistingNeedsHttpsUrlActorAndProcedure() {
            assertRejected(broken("url: https://demo.example/remove", "url: http://demo.example/remove"),
                    "list 'demo': delisting.url must be an https URL");
            assertRejected(broken("      actor: you\n", ""), "list 'demo': delisting.actor is missing");
            assertRejected(broken("      procedure: {en: \"1. Ask.\", ja: \"1. 申請します。\"}\n", ""),
                    "list 'demo': delisting.procedure is missing");
        }

        @Test
        void limitsNeedAtLeastOneConcurrentQuery() {
            assertRejected(broken("max_concurrent: 2", "max_concurrent: 0"), "list 'demo': limits.max_concurrent must be at least 1");
        }

        @Test
        void retiredListNeedsANote() {
            assertRejected(broken("    category: reputation\n", "    category: reputation\n    retired: true\n"),
                    "list 'demo': retired lists need a retired_note");
        }

        @Test
        void unknownKeysFailLoading() {
            assertThatThrownBy(() -> load(broken("    name: Demo\n", "    name: Demo\n    colour: red\n")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("colour");
        }
    }
}
