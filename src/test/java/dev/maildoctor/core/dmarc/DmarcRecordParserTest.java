package dev.maildoctor.core.dmarc;

import static dev.maildoctor.core.dmarc.Issues.keys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tag rules of RFC 7489 §6.3/6.4 and the DMARCbis tags, one behaviour per test. */
class DmarcRecordParserTest {

    private static DmarcRecord parse(String text) {
        return DmarcRecordParser.parse(text);
    }

    @Test
    void readsEveryTagOfAFullRecord() {
        DmarcRecord r = parse("v=DMARC1; p=quarantine; sp=reject; np=reject; pct=50; rua=mailto:a@example.com,"
                + "mailto:b@reports.example.net!10m; ruf=mailto:f@example.com; adkim=s; aspf=r; fo=0:d:s; rf=afrf; ri=3600");
        assertThat(r.issues()).isEmpty();
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.policy()).contains(DmarcPolicy.QUARANTINE);
        assertThat(r.subdomainPolicy()).contains(DmarcPolicy.REJECT);
        assertThat(r.nonExistentPolicy()).contains(DmarcPolicy.REJECT);
        assertThat(r.effectivePolicy()).contains(DmarcPolicy.QUARANTINE);
        assertThat(r.effectiveSubdomainPolicy()).contains(DmarcPolicy.REJECT);
        assertThat(r.pct()).isEqualTo(50);
        assertThat(r.rua()).extracting(ReportUri::address).containsExactly("a@example.com", "b@reports.example.net");
        assertThat(r.rua().get(1).sizeLimit()).isEqualTo("10m");
        assertThat(r.ruf()).extracting(ReportUri::domain).containsExactly("example.com");
        assertThat(r.adkim()).isEqualTo(Alignment.STRICT);
        assertThat(r.aspf()).isEqualTo(Alignment.RELAXED);
        assertThat(r.fo()).containsExactly("0", "d", "s");
        assertThat(r.rf()).containsExactly("afrf");
        assertThat(r.ri()).isEqualTo(3600);
        assertThat(r.tags().keySet()).containsExactly(
                "v", "p", "sp", "np", "pct", "rua", "ruf", "adkim", "aspf", "fo", "rf", "ri");
    }

    @Test
    void defaultsApplyWhenOptionalTagsAreAbsent() {
        DmarcRecord r = parse("v=DMARC1; p=none");
        assertThat(r.issues()).isEmpty();
        assertThat(r.effectiveSubdomainPolicy()).contains(DmarcPolicy.NONE);
        assertThat(r.nonExistentPolicy()).isEmpty();
        assertThat(r.pct()).isEqualTo(100);
        assertThat(r.adkim()).isEqualTo(Alignment.RELAXED);
        assertThat(r.aspf()).isEqualTo(Alignment.RELAXED);
        assertThat(r.fo()).containsExactly("0");
        assertThat(r.rf()).containsExactly("afrf");
        assertThat(r.ri()).isEqualTo(86_400);
    }

    @Test
    void namesAndKeywordValuesAreCaseInsensitiveAndWhitespaceIsTolerated() {
        DmarcRecord r = parse("V = DMARC1 ;\tP\t=\tReJeCt ; ADKIM=S;");
        assertThat(r.issues()).isEmpty();
        assertThat(r.effectivePolicy()).contains(DmarcPolicy.REJECT);
        assertThat(r.adkim()).isEqualTo(Alignment.STRICT);
    }

    @Test
    void aLowerCaseVersionValueIsAcceptedWithAWarning() {
        DmarcRecord r = parse("v=dmarc1; p=reject");
        assertThat(r.effectivePolicy()).contains(DmarcPolicy.REJECT);
        assertThat(keys(r)).containsExactly("dmarc.version.case");
    }

    @Test
    void versionMustComeFirst() {
        DmarcRecord r = parse("p=reject; v=DMARC1");
        assertThat(r.applies()).isFalse();
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(keys(r)).containsExactly("dmarc.version.not_first");
    }

    @Test
    void anotherVersionMakesTheWholeRecordIgnored() {
        DmarcRecord r = parse("v=DMARC2; p=reject");
        assertThat(r.applies()).isFalse();
        assertThat(r.issues()).containsExactly(DmarcIssue.fail("dmarc.version.bad", "DMARC2"));
    }

    @Test
    void anSpfRecordIsRecognisedAsSuch() {
        assertThat(keys(parse("v=spf1 include:_spf.google.com ~all"))).containsExactly("dmarc.record.spf");
        assertThat(keys(parse("   "))).containsExactly("dmarc.record.empty");
    }

    @Test
    void syntaxErrorsCarryTheirOneBasedPosition() {
        DmarcRecord r = parse("v=DMARC1; p=reject; oops; adkim=s");
        assertThat(r.issues()).contains(DmarcIssue.fail("dmarc.syntax.error", 21, "oops"));
        assertThat(r.effectivePolicy()).contains(DmarcPolicy.REJECT);
        assertThat(r.adkim()).isEqualTo(Alignment.STRICT);
    }

    @Test
    void aBrokenTagNameIsASyntaxError() {
        assertThat(parse("v=DMARC1; p=none; 1x=y").issues()).contains(DmarcIssue.fail("dmarc.syntax.error", 19, "1x=y"));
    }

    @Test
    void duplicateTagsAreAFailureAndTheFirstValueIsKept() {
        DmarcRecord r = parse("v=DMARC1; p=reject; p=none");
        assertThat(r.issues()).contains(DmarcIssue.fail("dmarc.tag.duplicate", "p", 21, "reject", "none"));
        assertThat(r.policy()).contains(DmarcPolicy.REJECT);
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void unknownTagsAreWarningsWithTheirPosition() {
        DmarcRecord r = parse("v=DMARC1; p=reject; xyz=foo");
        assertThat(r.issues()).containsExactly(DmarcIssue.warn("dmarc.tag.unknown", "xyz", 21));
        assertThat(r.tags()).containsEntry("xyz", "foo");
        assertThat(r.status()).isEqualTo(Status.WARN);
    }

    @Test
    void policyAfterAnotherTagIsAcceptedWithAWarning() {
        DmarcRecord r = parse("v=DMARC1; sp=none; p=reject");
        assertThat(r.effectivePolicy()).contains(DmarcPolicy.REJECT);
        assertThat(keys(r)).containsExactly("dmarc.policy.not_second");
    }

    @Test
    void missingPolicyWithValidRuaMeansNone() {
        DmarcRecord r = parse("v=DMARC1; rua=mailto:d@example.com");
        assertThat(r.policy()).isEmpty();
        assertThat(r.effectivePolicy()).contains(DmarcPolicy.NONE);
        assertThat(r.effectiveSubdomainPolicy()).contains(DmarcPolicy.NONE);
        assertThat(keys(r)).containsExactly("dmarc.policy.missing_with_rua");
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void missingPolicyWithoutRuaMeansNoDmarcAtAll() {
        DmarcRecord r = parse("v=DMARC1; pct=100");
        assertThat(r.applies()).isFalse();
        assertThat(r.effectiveSubdomainPolicy()).isEmpty();
        assertThat(keys(r)).containsExactly("dmarc.policy.missing");
    }

    @Test
    void anInvalidPolicyFallsBackLikeAMissingOne() {
        DmarcRecord withRua = parse("v=DMARC1; p=foo; rua=mailto:d@example.com");
        assertThat(withRua.effectivePolicy()).contains(DmarcPolicy.NONE);
        assertThat(keys(withRua)).containsExactlyInAnyOrder("dmarc.tag.bad_value", "dmarc.policy.broken_with_rua");
        DmarcRecord without = parse("v=DMARC1; p=n");
        assertThat(without.applies()).isFalse();
        assertThat(without.issues()).contains(DmarcIssue.fail("dmarc.tag.bad_value", "p", "n", 11, "none, quarantine, reject"));
    }

    @Test
    void anInvalidSubdomainPolicyAlsoDisablesTheRecordUnlessRuaIsValid() {
        DmarcRecord r = parse("v=DMARC1; p=reject; sp=bob");
        assertThat(r.applies()).isFalse();
        assertThat(keys(r)).containsExactlyInAnyOrder("dmarc.tag.bad_value", "dmarc.policy.broken");
        DmarcRecord withRua = parse("v=DMARC1; p=reject; sp=bob; rua=mailto:d@example.com");
        assertThat(withRua.effectivePolicy()).contains(DmarcPolicy.NONE);
        assertThat(withRua.effectiveSubdomainPolicy()).contains(DmarcPolicy.NONE);
    }

    @Test
    void subdomainPolicyDefaultsToThePolicy() {
        assertThat(parse("v=DMARC1; p=quarantine").effectiveSubdomainPolicy()).contains(DmarcPolicy.QUARANTINE);
        assertThat(parse("v=DMARC1; p=reject; sp=none").effectiveSubdomainPolicy()).contains(DmarcPolicy.NONE);
    }

    @Test
    void brokenOptionalValuesAreWarningsAndTheDefaultApplies() {
        DmarcRecord r = parse("v=DMARC1; p=none; pct=500; adkim=bob; aspf=x; fo=0:x; rf=iodef; ri=soon; np=bob; psd=x; t=x");
        assertThat(r.issues()).allSatisfy(i -> assertThat(i.severity()).isEqualTo(Status.WARN));
        assertThat(r.issues()).extracting(i -> i.message().args().get(0))
                .containsExactlyInAnyOrder("pct", "adkim", "aspf", "fo", "rf", "ri", "np", "psd", "t");
        assertThat(r.pct()).isEqualTo(100);
        assertThat(r.adkim()).isEqualTo(Alignment.RELAXED);
        assertThat(r.fo()).containsExactly("0");
        assertThat(r.ri()).isEqualTo(86_400);
        assertThat(r.effectivePolicy()).contains(DmarcPolicy.NONE);
    }

    @Test
    void pctBoundaries() {
        assertThat(parse("v=DMARC1; p=reject; pct=0").pct()).isZero();
        assertThat(parse("v=DMARC1; p=reject; pct=100").pct()).isEqualTo(100);
        assertThat(keys(parse("v=DMARC1; p=reject; pct=101"))).containsExactly("dmarc.tag.bad_value");
        assertThat(keys(parse("v=DMARC1; p=reject; pct=-1"))).containsExactly("dmarc.tag.bad_value");
        assertThat(keys(parse("v=DMARC1; p=reject; pct="))).containsExactly("dmarc.tag.bad_value");
    }

    @Test
    void reportUrisOtherThanMailtoAndBrokenOnesAreWarnings() {
        DmarcRecord r = parse("v=DMARC1; p=none; rua=https://example.com/r, dmarc@example.com, mailto:ok@example.com");
        assertThat(r.rua()).extracting(ReportUri::kind).containsExactly(
                ReportUri.Kind.OTHER_SCHEME, ReportUri.Kind.INVALID, ReportUri.Kind.MAILTO);
        assertThat(r.issues()).containsExactlyInAnyOrder(
                DmarcIssue.warn("dmarc.uri.not_mailto", "rua", "https://example.com/r"),
                DmarcIssue.warn("dmarc.uri.invalid", "rua", "dmarc@example.com"));
        assertThat(r.usableRua()).extracting(ReportUri::address).containsExactly("ok@example.com");
    }

    @Test
    void issuesAreMessageKeysWithArgumentsNotSentences() {
        List<Msg> messages = parse("v=DMARC1; p=bob; foo=bar").issues().stream().map(DmarcIssue::message).toList();
        assertThat(messages).allSatisfy(m -> assertThat(m.key()).startsWith("dmarc.").doesNotContain(" "));
    }

    @Test
    void discoveryOnlyTakesRecordsStartingWithTheVersion() {
        assertThat(DmarcRecordParser.looksLikeDmarc("v=DMARC1; p=none")).isTrue();
        assertThat(DmarcRecordParser.looksLikeDmarc("v=DMARC1")).isTrue();
        assertThat(DmarcRecordParser.looksLikeDmarc("V = dmarc1 ;p=none")).isTrue();
        assertThat(DmarcRecordParser.looksLikeDmarc("v=DMARC10; p=none")).isFalse();
        assertThat(DmarcRecordParser.looksLikeDmarc("p=none; v=DMARC1")).isFalse();
        assertThat(DmarcRecordParser.looksLikeDmarc("v=spf1 -all")).isFalse();
    }
}
