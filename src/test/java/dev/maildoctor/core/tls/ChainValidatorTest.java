package dev.maildoctor.core.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainValidatorTest {
    private static final TestPki.Issued CA = TestPki.ca("Validator Test CA");
    private static final ChainValidator TRUSTING_TEST_CA = ChainValidator.trusting(TestPki.trustStore(CA.cert()));

    @Test
    void acceptsAChainToAnInjectedTrustAnchor() {
        ChainVerdict v = TRUSTING_TEST_CA.validate(TestPki.leaf(CA, "mail.example.test", "mail.example.test").chain());
        assertThat(v.trusted()).isTrue();
        assertThat(v.problem()).isEmpty();
    }

    @Test
    void theSystemStoreDoesNotKnowTheTestCaOrSelfSignedCertificates() {
        ChainValidator system = ChainValidator.systemDefault();
        ChainVerdict v = system.validate(TestPki.leaf(CA, "mail.example.test", "mail.example.test").chain());
        assertThat(v.trusted()).isFalse();
        assertThat(v.problem()).contains(ChainProblem.UNKNOWN_ISSUER);
        assertThat(v.detail()).isPresent();
        assertThat(system.validate(TestPki.selfSigned("self.example.test").chain()).problem())
                .contains(ChainProblem.UNKNOWN_ISSUER);
    }

    @Test
    void anExpiredLeafIsReportedAsExpired() {
        TestPki.Issued expired = TestPki.leaf(CA, "old.example.test", Instant.now().minus(TestPki.DAY.multipliedBy(90)),
                Instant.now().minus(TestPki.DAY), "old.example.test");
        ChainVerdict v = TRUSTING_TEST_CA.validate(expired.chain());
        assertThat(v.trusted()).isFalse();
        assertThat(v.problem()).contains(ChainProblem.EXPIRED);
    }

    @Test
    void aMissingIntermediateIsAnUnknownIssuer() {
        TestPki.Issued intermediate = TestPki.ca("Intermediate");
        TestPki.Issued leaf = TestPki.leaf(intermediate, "mail.example.test", "mail.example.test");
        assertThat(TRUSTING_TEST_CA.validate(List.of(leaf.cert())).problem()).contains(ChainProblem.UNKNOWN_ISSUER);
    }

    @Test
    void anEmptyChainIsNeverTrusted() {
        assertThat(TRUSTING_TEST_CA.validate(List.of()).trusted()).isFalse();
    }
}
