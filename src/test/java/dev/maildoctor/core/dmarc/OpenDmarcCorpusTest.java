package dev.maildoctor.core.dmarc;

import static dev.maildoctor.core.dmarc.Issues.keys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.model.Status;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * OpenDMARC's record parse vectors (BSD-3-Clause, dmarc-opendmarc/dmarc-record-parse.tsv, from
 * libopendmarc's test_dmarc_parse.c). DMARC_PARSE_OKAY means receivers apply a policy and nothing
 * fails (warnings allowed: OpenDMARC accepts ftp: URIs and unknown tags silently, we point them out).
 */
class OpenDmarcCorpusTest {
    private static final Map<String, Predicate<DmarcRecord>> EXPECTED = Map.of(
            "DMARC_PARSE_OKAY", r -> r.applies() && r.status() != Status.FAIL,
            "DMARC_PARSE_ERROR_EMPTY", r -> keys(r).contains("dmarc.record.empty"),
            "DMARC_PARSE_ERROR_BAD_VERSION", r -> !r.applies() && keys(r).contains("dmarc.version.bad"),
            "DMARC_PARSE_ERROR_BAD_VALUE", r -> keys(r).contains("dmarc.tag.bad_value"),
            "DMARC_PARSE_ERROR_NO_REQUIRED_P", r -> !r.applies() && keys(r).contains("dmarc.policy.missing"));

    /**
     * Vector 5, {@code p=n}: OpenDMARC matches policy values by their first letter. RFC 7489's grammar
     * has only the full words and other receivers reject the abbreviation, so we report a bad value
     * (and, with no rua=, no policy at all) rather than let the user believe "n" works everywhere.
     */
    private static final Map<String, String> DIFFERENT = Map.of("5", "abbreviated p=n is not a policy value");

    private static List<String[]> rows() {
        return CorpusFiles.tsv("dmarc-opendmarc/dmarc-record-parse.tsv");
    }

    private static boolean agrees(String[] row) {
        return EXPECTED.get(row[2]).test(DmarcRecordParser.parse(row[1]));
    }

    @TestFactory
    Stream<DynamicTest> everyVector() {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row[0] + ": " + row[1] + " -> " + row[2], () -> {
            DmarcRecord r = DmarcRecordParser.parse(row[1]);
            assertThat(agrees(row)).as("%s: applies=%s status=%s issues=%s", CorpusFiles.join(row), r.applies(),
                    r.status(), keys(r)).isEqualTo(!DIFFERENT.containsKey(row[0]));
        }));
    }

    @Test
    void passCountsAndTheDocumentedDifference() {
        List<String[]> rows = rows();
        assertThat(rows).hasSize(19);
        assertThat(rows.stream().filter(OpenDmarcCorpusTest::agrees).count()).isEqualTo(18);
        DmarcRecord abbreviated = DmarcRecordParser.parse("v=DMARC1; p=n;");
        assertThat(abbreviated.applies()).isFalse();
        assertThat(keys(abbreviated)).contains("dmarc.tag.bad_value", "dmarc.policy.broken");
    }

    @Test
    void warningsWhereOpenDmarcIsSilent() {
        assertThat(keys(DmarcRecordParser.parse("v=DMARC1; p=none; rua=ftp://abuse.com"))).contains("dmarc.uri.not_mailto");
        assertThat(keys(DmarcRecordParser.parse("v=DMARC1; p=none; ruf=mailto://abuse.com"))).contains("dmarc.uri.invalid");
        assertThat(keys(DmarcRecordParser.parse("v=DMARC1; p=none; ruf=mailto://abuse.com; foo=bar; buzz=happy;")))
                .contains("dmarc.tag.unknown");
    }
}
