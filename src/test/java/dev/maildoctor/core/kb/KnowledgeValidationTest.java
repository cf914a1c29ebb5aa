package dev.maildoctor.core.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Small knowledge bases fed through the loader: the validator must reject each broken one. */
class KnowledgeValidationTest {
    private static final Catalogue CATALOGUE = CatalogueLoader.loadBundled();

    private static final String VALID = """
            zone_aliases:
              sbl.spamhaus.org: spamhaus-zen
            entries:
              - id: demo
                match:
                  - providers: [gmail]
                    status: [5.7.1]
                    text: ['demo reply']
                title: {en: "Demo", ja: "デモ"}
                explanation: {en: "A demo.", ja: "デモです。"}
                next_steps:
                  - {en: "Do it.", ja: "実行してください。"}
                help_url: https://example.com/help
                check_blocklists: false
              - id: listed
                match:
                  - text: ['blocked using (?<zone>[a-z0-9.-]+)']
                title: {en: "Listed on {list}", ja: "{list} に掲載"}
                explanation: {en: "Listed on {list}.", ja: "{list} に掲載されています。"}
                next_steps:
                  - {en: "Check {zone}.", ja: "{zone} を確認してください。"}
                check_blocklists: true
            """;

    private static Knowledge load(String yaml) throws IOException {
        return KnowledgeLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), CATALOGUE);
    }

    private static String broken(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }

    private static void assertRejected(String yaml, String message) {
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(IllegalStateException.class).hasMessageContaining(message);
    }

    @Test
    void theTemplateItselfIsValid() throws IOException {
        assertThat(load(VALID).ids()).containsExactly("demo", "listed");
    }

    @Test
    void unknownKeysFailLoading() {
        assertThatThrownBy(() -> load(broken("    check_blocklists: false\n", "    check_blocklists: false\n    colour: red\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> load(broken("status: [5.7.1]", "status: [5.7.1]\n        code: 5")))
                .isInstanceOf(IOException.class).hasMessageContaining("code");
    }

    @Test
    void unknownProviderFailsLoading() {
        assertThatThrownBy(() -> load(broken("providers: [gmail]", "providers: [hotmail]")))
                .isInstanceOf(IOException.class).hasMessageContaining("hotmail");
    }

    @Test
    void idsAreLowercaseAndUnique() {
        assertRejected(broken("id: demo", "id: Demo"), "entry id 'Demo'");
        assertRejected(broken("id: listed", "id: demo"), "entry 'demo': duplicate id");
    }

    @Test
    void bothLanguagesAreRequired() {
        assertRejected(broken("title: {en: \"Demo\", ja: \"デモ\"}", "title: {en: \"Demo\"}"), "entry 'demo': title has no 'ja' text");
        assertRejected(broken("explanation: {en: \"A demo.\", ja: \"デモです。\"}", "explanation: {en: \"A demo.\", ja: \" \"}"),
                "entry 'demo': explanation has no 'ja' text");
        assertRejected(broken("- {en: \"Do it.\", ja: \"実行してください。\"}", "- {ja: \"実行してください。\"}"),
                "entry 'demo': next_steps[1] has no 'en' text");
        assertRejected(broken("title: {en: \"Demo\", ja: \"デモ\"}", "title: {en: \"Demo\", ja: \"デモ\", jp: \"デモ\"}"),
                "unknown language 'jp'");
        assertRejected(broken("    title: {en: \"Demo\", ja: \"デモ\"}\n", ""), "entry 'demo': title is missing");
    }

    @Test
    void nextStepsAreRequired() {
        assertRejected(broken("    next_steps:\n      - {en: \"Do it.\", ja: \"実行してください。\"}\n", ""),
                "entry 'demo': next_steps needs at least one step");
    }

    @Test
    void urlsMustBeHttps() {
        assertRejected(broken("help_url: https://example.com/help", "help_url: http://example.com/help"),
                "entry 'demo': help_url must be an https URL");
        assertRejected(broken("help_url: https://example.com/help", "help_url: https://example.com/help\n    delist_url: ftp://x"),
                "entry 'demo': delist_url must be an https URL");
    }

    @Test
    void patternsMustCompile() {
        assertRejected(broken("text: ['demo reply']", "text: ['demo (reply']"), "entry 'demo': text pattern 'demo (reply' does not compile");
    }

    @Test
    void patternsAreWrittenInLowerCaseBecauseRepliesAreLowerCased() {
        assertRejected(broken("text: ['demo reply']", "text: ['Demo reply']"),
                "entry 'demo': text pattern 'Demo reply' must be written in lower case");
    }

    @Test
    void escapesAndGroupNamesMayHoldCapitals() throws Exception {
        Knowledge k = load(broken("text: ['demo reply']", "text: ['demo\\Sreply (?<Zone>[a-z.]+)']"));
        assertThat(k.ids()).contains("demo");
    }

    @Test
    void statusCodesMustBeWellFormed() {
        assertRejected(broken("status: [5.7.1]", "status: [5.7]"), "entry 'demo': status '5.7' is not like");
        assertRejected(broken("status: [5.7.1]", "status: [5.7.649-606]"), "runs backwards");
        assertRejected(broken("status: [5.7.1]", "status: [3.7.1]"), "status '3.7.1'");
        assertRejected(broken("status: [5.7.1]", "status: [5.7.1]\n        reply: [99]"), "reply codes must be between 200 and 599");
    }

    @Test
    void rulesNeedMoreThanAProvider() {
        assertRejected(broken("    status: [5.7.1]\n        text: ['demo reply']\n", "\n"),
                "entry 'demo': a match rule needs status, reply or text");
        assertRejected(broken("      - providers: [gmail]\n        status: [5.7.1]\n        text: ['demo reply']\n", ""),
                "entry 'demo': match needs at least one rule");
        assertRejected(broken("providers: [gmail]", "providers: [unknown]"), "providers must name known providers");
    }

    @Test
    void checkBlocklistsMustBeDecided() {
        assertRejected(broken("    check_blocklists: false\n", ""), "entry 'demo': check_blocklists is missing");
    }

    @Test
    void placeholdersNeedAListToName() {
        assertRejected(broken("explanation: {en: \"A demo.\", ja: \"デモです。\"}", "explanation: {en: \"A demo on {list}.\", ja: \"{list} のデモです。\"}"),
                "entry 'demo': placeholder {list} needs a blocklist");
        assertRejected(broken("{en: \"Check {zone}.\"", "{en: \"Check {host}.\""), "entry 'listed': unknown placeholder {host}");
    }

    @Test
    void entriesThatNameAListMustSayWhichInTheExplanation() {
        assertRejected(broken("explanation: {en: \"Listed on {list}.\"", "explanation: {en: \"Listed.\""),
                "entry 'listed': the en explanation must name the list with {list}");
        assertRejected(broken("    check_blocklists: false\n", "    check_blocklists: false\n    blocklist: spamhaus-zen\n"),
                "entry 'demo': the en explanation must name the list with {list}");
    }

    @Test
    void blocklistIdsMustBeInTheCatalogue() {
        assertRejected(broken("    check_blocklists: false\n", "    check_blocklists: false\n    blocklist: no-such-list\n"),
                "entry 'demo': blocklist 'no-such-list' is not in the list catalogue");
        assertRejected(broken("sbl.spamhaus.org: spamhaus-zen", "sbl.spamhaus.org: spamhouse"), "zone alias 'sbl.spamhaus.org' names unknown list");
        assertRejected(broken("sbl.spamhaus.org: spamhaus-zen", "SBL.spamhaus.org: spamhaus-zen"), "zone alias 'SBL.spamhaus.org'");
    }

    @Test
    void mixedZoneCaptureIsRejected() {
        assertRejected(broken("      - text: ['blocked using (?<zone>[a-z0-9.-]+)']\n",
                        "      - text: ['blocked using (?<zone>[a-z0-9.-]+)']\n      - status: [5.7.1]\n"),
                "entry 'listed': some rules capture a zone and some do not");
    }

    @Test
    void emptyKnowledgeBaseIsRejected() {
        assertRejected("entries: []\n", "knowledge base has no entries");
    }
}
