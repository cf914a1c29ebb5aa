package dev.maildoctor.core.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpfStringsTest {
    static String recordOfLength(int atLeast) {
        List<String> terms = new ArrayList<>(List.of("v=spf1"));
        for (int i = 0; String.join(" ", terms).length() < atLeast; i++) {
            terms.add("ip4:198.51." + (i / 256) + "." + (i % 256));
        }
        terms.add("-all");
        return String.join(" ", terms);
    }

    @Test
    void aShortRecordIsOneString() {
        assertThat(SpfStrings.split("v=spf1 mx -all")).containsExactly("v=spf1 mx -all");
        assertThat(SpfStrings.split("")).containsExactly("");
    }

    @Test
    void longRecordsSplitBetweenTermsAndReassembleExactly() {
        for (int length : new int[] {256, 300, 511, 600, 800}) {
            String record = recordOfLength(length);
            List<String> strings = SpfStrings.split(record);
            assertThat(String.join("", strings)).isEqualTo(record);
            assertThat(strings).allMatch(s -> s.getBytes(StandardCharsets.US_ASCII).length <= 255);
            for (int i = 0; i < strings.size() - 1; i++) {
                assertThat(strings.get(i)).as("string %d ends between terms", i).endsWith(" ");
                assertThat(strings.get(i + 1)).doesNotStartWith(" ");
            }
        }
        assertThat(SpfStrings.split(recordOfLength(300))).hasSize(2);
        assertThat(SpfStrings.split(recordOfLength(520))).hasSize(3);
    }

    @Test
    void aSingleTermLongerThanAStringIsCutInside() {
        String record = "v=spf1 include:" + "a".repeat(300) + " -all";
        List<String> strings = SpfStrings.split(record);
        assertThat(String.join("", strings)).isEqualTo(record);
        assertThat(strings).allMatch(s -> s.length() <= 255).allMatch(s -> !s.isEmpty());
    }

    @Test
    void bindLineQuotesEveryStringAndEscapes() {
        assertThat(SpfStrings.bindLine("example.com", 3600, List.of("v=spf1 ", "mx -all")))
                .isEqualTo("example.com. 3600 IN TXT \"v=spf1 \" \"mx -all\"");
        assertThat(SpfStrings.bindLine("example.com.", 300, List.of("v=spf1 exp=\"x\\y\" -all")))
                .isEqualTo("example.com. 300 IN TXT \"v=spf1 exp=\\\"x\\\\y\\\" -all\"");
        assertThat(SpfStrings.escape("a\tb é")).isEqualTo("a\\009b \\195\\169");
    }
}
