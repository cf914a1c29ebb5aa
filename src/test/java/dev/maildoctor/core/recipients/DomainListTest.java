package dev.maildoctor.core.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Reading recipient domains from pasted text, files and mail logs. */
class DomainListTest {

    private static List<String> ascii(DomainList list) {
        return list.domains().stream().map(RecipientDomain::ascii).toList();
    }

    private static String reason(DomainList list, String input) {
        return list.rejected().stream().filter(r -> r.input().equals(input)).findFirst()
                .map(r -> r.reason().key()).orElseThrow(() -> new AssertionError(input + " not rejected: " + list));
    }

    @Test
    void linesCommasSemicolonsAndWhiteSpaceSeparateAndHashStartsAComment() {
        DomainList list = DomainList.parse("""
                # partners
                a.example, b.example;c.example
                d.example\te.example   f.example  # g.example is commented out
                \r
                h.example\r
                i.example、j.example；k.example
                """);
        assertThat(ascii(list)).containsExactly("a.example", "b.example", "c.example", "d.example", "e.example",
                "f.example", "h.example", "i.example", "j.example", "k.example");
        assertThat(list.rejected()).isEmpty();
    }

    @Test
    void addressesGiveTheirDomainPart() {
        DomainList list = DomainList.parse("""
                alice@Example.COM
                Bob Smith <bob@partner.example>
                "Smith, Carol" <carol@third.example>, dave@fourth.example
                mailto:eve@fifth.example
                """);
        assertThat(ascii(list)).containsExactly("example.com", "partner.example", "third.example", "fourth.example",
                "fifth.example");
        assertThat(list.rejected()).isEmpty();
    }

    @Test
    void duplicatesAreRemovedCaseInsensitivelyKeepingTheFirstAndTrailingDotsStripped() {
        DomainList list = DomainList.parse("B.example\na.example.\nb.EXAMPLE\nx@A.Example\nb.example.");
        assertThat(ascii(list)).containsExactly("b.example", "a.example");
        assertThat(list.domains().get(0).unicode()).isEqualTo("b.example");
    }

    @Test
    void internationalisedNamesAreQueriedInPunycodeAndShownInUnicode() {
        DomainList list = DomainList.parse("日本語.jp\nドメイン名例.jp\nBücher.example\n担当者@例え.テスト\nxn--wgv71a119e.jp\n"
                + "ｅｘａｍｐｌｅ．ｃｏｍ\nuser＠full-width.example");
        assertThat(list.domains()).containsExactly(
                new RecipientDomain("xn--wgv71a119e.jp", "日本語.jp"),
                new RecipientDomain("xn--eckwd4c7cu47r2wf.jp", "ドメイン名例.jp"),
                new RecipientDomain("xn--bcher-kva.example", "bücher.example"),
                new RecipientDomain("xn--r8jz45g.xn--zckzah", "例え.テスト"),
                new RecipientDomain("example.com", "example.com"),
                new RecipientDomain("full-width.example", "full-width.example"));
        assertThat(list.rejected()).isEmpty();
    }

    @Test
    void invalidEntriesAreRejectedWithTheReason() {
        String longLabel = "a".repeat(64) + ".example";
        String longName = ("a".repeat(60) + ".").repeat(5) + "example";
        DomainList list = DomainList.parse(String.join("\n", "good.example", "192.0.2.1", "user@[192.0.2.1]",
                "2001:db8::1", "com", "localhost", "under_score.example", "-lead.example", "a..b", "@", "1.2.3",
                longLabel, longName, "bad\u0000bytes.example", "\uFFFD\uFFFD.example", "user@"));
        assertThat(ascii(list)).containsExactly("good.example");
        assertThat(reason(list, "192.0.2.1")).isEqualTo("recipients.input.ip_literal");
        assertThat(reason(list, "user@[192.0.2.1]")).isEqualTo("recipients.input.ip_literal");
        assertThat(reason(list, "2001:db8::1")).isEqualTo("recipients.input.ip_literal");
        assertThat(reason(list, "com")).isEqualTo("recipients.input.single_label");
        assertThat(reason(list, "localhost")).isEqualTo("recipients.input.single_label");
        assertThat(reason(list, "under_score.example")).isEqualTo("recipients.input.not_domain");
        assertThat(reason(list, "-lead.example")).isEqualTo("recipients.input.not_domain");
        assertThat(reason(list, "a..b")).isEqualTo("recipients.input.not_domain");
        assertThat(reason(list, "@")).isEqualTo("recipients.input.not_domain");
        assertThat(reason(list, "user@")).isEqualTo("recipients.input.not_domain");
        assertThat(reason(list, "1.2.3")).isEqualTo("recipients.input.not_domain");
        assertThat(reason(list, longLabel)).isEqualTo("recipients.input.not_domain");
        assertThat(list.rejected()).filteredOn(r -> r.reason().key().equals("recipients.input.too_long"))
                .singleElement().satisfies(r -> assertThat(r.reason().args()).containsExactly(longName.length()));
        assertThat(reason(list, "bad\u0000bytes.example")).isEqualTo("recipients.input.binary");
        assertThat(reason(list, "\uFFFD\uFFFD.example")).isEqualTo("recipients.input.binary");
        assertThat(list.rejected()).hasSize(15);
    }

    @Test
    void aMailLogsDomainsAreEntriesAsTheyAre() {
        DomainList list = DomainList.of(List.of("Example.COM", "example.com.", "日本語.jp", "not a domain", "x@y.example"));
        assertThat(ascii(list)).containsExactly("example.com", "xn--wgv71a119e.jp", "y.example");
        assertThat(reason(list, "not a domain")).isEqualTo("recipients.input.not_domain");
    }

    @Test
    void emptyInputGivesAnEmptyList() {
        assertThat(DomainList.parse("").domains()).isEmpty();
        assertThat(DomainList.parse("  \n# only a comment\n,,;;").rejected()).isEmpty();
        assertThat(DomainList.parse(null).domains()).isEmpty();
        assertThat(DomainList.of(Arrays.asList("a.example", null, "")).domains()).hasSize(1);
    }

    @Test
    @Timeout(20)
    void entriesBeyondTheLimitAreCountedNotRead() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < DomainList.MAX_ENTRIES + 5_000; i++) {
            text.append('d').append(i).append(".example\n");
        }
        DomainList list = DomainList.parse(text.toString());
        assertThat(list.domains()).hasSize(DomainList.MAX_ENTRIES);
        assertThat(list.rejected()).singleElement().satisfies(r -> {
            assertThat(r.input()).isEqualTo("d100000.example");
            assertThat(r.reason()).isEqualTo(Msg.of("recipients.input.too_many", DomainList.MAX_ENTRIES, 5_000));
        });
        List<String> names = new ArrayList<>();
        for (int i = 0; i < DomainList.MAX_ENTRIES + 3; i++) {
            names.add("n" + i + ".example");
        }
        assertThat(DomainList.of(names).rejected()).singleElement()
                .satisfies(r -> assertThat(r.reason().args()).containsExactly(DomainList.MAX_ENTRIES, 3));
    }

    @Test
    @Timeout(20)
    void hugeOrBinaryInputEndsInABoundedResult() {
        // Megabytes of junk on one line, then more than the text limit in total.
        StringBuilder junk = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        while (junk.length() < DomainList.MAX_TEXT_CHARS + 1_000_000) {
            char c = (char) random.nextInt(0x3000);
            junk.append(c == '\n' ? 'x' : c);
        }
        DomainList list = DomainList.parse("ok.example\n" + junk);
        assertThat(ascii(list)).startsWith("ok.example");
        assertThat(list.rejected().size()).isLessThanOrEqualTo(1_003);
        assertThat(list.rejected()).allSatisfy(r -> assertThat(r.input().length()).isLessThanOrEqualTo(81));
        assertThat(list.rejected()).extracting(r -> r.reason().key()).contains("recipients.input.text_too_long");
        assertThat(list.rejected().get(list.rejected().size() - 1).reason())
                .isEqualTo(Msg.of("recipients.input.text_too_long", DomainList.MAX_TEXT_CHARS));
    }

    @Test
    void manyBadEntriesAreListedUpToALimitThenCounted() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_500; i++) {
            text.append("bad_").append(i).append(".example\n");
        }
        DomainList list = DomainList.parse(text + "fine.example");
        assertThat(ascii(list)).containsExactly("fine.example");
        assertThat(list.rejected()).hasSize(1_001);
        assertThat(list.rejected().get(1_000).reason()).isEqualTo(Msg.of("recipients.input.more_rejected", 500));
    }

    @Test
    void aTextCutKeepsWholeLines() {
        String line = "a-rather-long-partner-name-for-padding.example\n";
        StringBuilder text = new StringBuilder();
        while (text.length() < DomainList.MAX_TEXT_CHARS - line.length() / 2) {
            text.append(line);
        }
        text.append("cut-in-the-middle.example\n");
        DomainList list = DomainList.parse(text.toString());
        assertThat(ascii(list)).containsExactly("a-rather-long-partner-name-for-padding.example");
        assertThat(list.rejected()).singleElement().satisfies(r -> {
            assertThat(r.input()).startsWith("cut-in-the-middle.example");
            assertThat(r.reason().key()).isEqualTo("recipients.input.text_too_long");
        });
    }
}
