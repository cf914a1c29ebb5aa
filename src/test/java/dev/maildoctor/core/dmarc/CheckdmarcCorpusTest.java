package dev.maildoctor.core.dmarc;

import static dev.maildoctor.core.dmarc.Issues.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.maildoctor.core.model.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 45 record cases of checkdmarc (Apache-2.0, dmarc-checkdmarc/dmarc-record-cases.json).
 * "parses" means receivers apply a policy from the record and we find nothing that fails it (warnings
 * are fine); "raises:X" means we report the issue matching checkdmarc's exception X (as a warning when
 * RFC 7489 says the value is ignored in favour of the default, as a failure when it changes the policy).
 * Checks that need checkdmarc's DNS mocks (MX of report destinations) and its "parked" and
 * tag-description options have no counterpart here; those cases are judged on the record alone.
 */
class CheckdmarcCorpusTest {
    private static final Map<String, String> ISSUE_FOR_EXCEPTION = Map.of(
            "InvalidDMARCTagValue", "dmarc.tag.bad_value",
            "InvalidDMARCReportURI", "dmarc.uri.invalid",
            "DMARCSyntaxError", "dmarc.syntax.error",
            "InvalidDMARCTag", "dmarc.tag.duplicate",
            "SPFRecordFoundWhereDMARCRecordShouldBe", "dmarc.record.spf");

    /**
     * Records where our verdict deliberately differs, with the reason. checkdmarc follows DMARCbis,
     * where a missing p= is simply p=none; RFC 7489, which receivers still implement, applies p=none
     * only because rua= is valid and would ignore the record without it, so we call it a failure.
     */
    private static final Map<String, String> DIFFERENT = Map.of(
            "v=DMARC1; rua=mailto:dmarc@example.com",
            "missing p=: a failure under RFC 7489 §6.6.3 step 6 (treated as none only thanks to rua=)");

    private static List<JsonNode> cases() throws IOException {
        JsonNode root = new ObjectMapper().readTree(CorpusFiles.read("dmarc-checkdmarc/dmarc-record-cases.json"));
        List<JsonNode> out = new ArrayList<>();
        root.forEach(out::add);
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.get("test").asText() + ": " + c.get("record").asText(),
                () -> assertThat(agrees(c)).as(explain(c)).isEqualTo(!DIFFERENT.containsKey(c.get("record").asText()))));
    }

    @Test
    void passCountsAndDocumentedDifferences() throws IOException {
        List<JsonNode> cases = cases();
        long agree = cases.stream().filter(CheckdmarcCorpusTest::agrees).count();
        assertThat(cases).hasSize(45);
        assertThat(agree).isEqualTo(44);
        for (String record : DIFFERENT.keySet()) {
            DmarcRecord r = DmarcRecordParser.parse(record);
            assertThat(r.effectivePolicy()).contains(DmarcPolicy.NONE);
            assertThat(r.status()).isEqualTo(Status.FAIL);
        }
    }

    @Test
    void positionsAndValuesUpstreamAssertsOn() {
        assertThat(DmarcRecordParser.parse("v=DMARC1; p").issues()).contains(DmarcIssue.fail("dmarc.syntax.error", 11, "p"));
        assertThat(DmarcRecordParser.parse("v=DMARC1; p=reject; np=quarantine").nonExistentPolicy())
                .contains(DmarcPolicy.QUARANTINE);
        assertThat(keys(DmarcRecordParser.parse("v=DMARC1; sp=none; p=reject"))).contains("dmarc.policy.not_second");
        assertThat(DmarcRecordParser.parse("v=DMARC1; p=reject; rua=mailto:dmarc@example.com!10m").rua().get(0).sizeLimit())
                .isEqualTo("10m");
    }

    /** True when our reading matches the case's expectation. */
    private static boolean agrees(JsonNode c) {
        String record = c.get("record").asText();
        DmarcRecord r = DmarcRecordParser.parse(record);
        String expect = c.get("expect").asText();
        if (expect.equals("parses")) {
            return r.applies() && r.status() != Status.FAIL;
        }
        String key = ISSUE_FOR_EXCEPTION.get(expect.substring("raises:".length()));
        return keys(r).contains(key);
    }

    private static String explain(JsonNode c) {
        String record = c.get("record").asText();
        DmarcRecord r = DmarcRecordParser.parse(record);
        return "expected " + c.get("expect").asText() + ", got applies=" + r.applies() + " status=" + r.status()
                + " issues=" + keys(r) + (DIFFERENT.containsKey(record) ? " (documented: " + DIFFERENT.get(record) + ")" : "");
    }
}
