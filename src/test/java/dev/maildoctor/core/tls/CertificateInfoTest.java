package dev.maildoctor.core.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CertificateInfoTest {
    private static final TestPki.Issued CA = TestPki.ca("Info Test CA");

    @Test
    void describesNamesDatesKeyAndFingerprint() throws Exception {
        TestPki.Issued leaf = TestPki.leaf(CA, "mail.example.test", "mail.example.test", "*.example.test", "192.0.2.25");
        CertificateInfo info = CertificateInfo.of(leaf.cert());

        assertThat(info.subject()).isEqualTo("CN=mail.example.test");
        assertThat(info.issuer()).isEqualTo("CN=Info Test CA,O=MailDoctor Test");
        assertThat(info.commonName()).contains("mail.example.test");
        assertThat(info.dnsNames()).containsExactly("mail.example.test", "*.example.test");
        assertThat(info.ipAddresses()).containsExactly("192.0.2.25");
        assertThat(info.notAfter()).isEqualTo(leaf.cert().getNotAfter().toInstant());
        assertThat(info.notBefore()).isCloseTo(leaf.cert().getNotBefore().toInstant(), org.assertj.core.api.Assertions
                .within(1, ChronoUnit.SECONDS));
        assertThat(info.keyType()).isEqualTo("EC");
        assertThat(info.keySize()).isEqualTo(256);
        String expected = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(leaf.cert().getEncoded()));
        assertThat(info.sha256Fingerprint()).isEqualTo(expected).hasSize(32 * 3 - 1);
        assertThat(info.selfSigned()).isFalse();
    }

    @Test
    void rsaKeySizeIsTheModulusLength() {
        TestPki.Issued leaf = TestPki.leaf(CA, TestPki.rsaKeys(2048), "rsa.example.test",
                java.time.Instant.now(), java.time.Instant.now().plus(TestPki.DAY), "rsa.example.test");
        CertificateInfo info = CertificateInfo.of(leaf.cert());
        assertThat(info.keyType()).isEqualTo("RSA");
        assertThat(info.keySize()).isEqualTo(2048);
    }

    @Test
    void selfSignedMeansSignedByItsOwnKey() {
        assertThat(CertificateInfo.of(TestPki.selfSigned("self.example.test").cert()).selfSigned()).isTrue();
        assertThat(CertificateInfo.of(CA.cert()).selfSigned()).as("a root CA is self-signed too").isTrue();
        assertThat(CertificateInfo.of(TestPki.leaf(CA, "x.example.test").cert()).selfSigned()).isFalse();
    }

    @Test
    void namesFallBackToTheCommonNameOnlyWithoutSans() {
        assertThat(CertificateInfo.of(TestPki.selfSigned("only-cn.example.test").cert()).names())
                .containsExactly("only-cn.example.test");
        assertThat(CertificateInfo.of(TestPki.selfSigned("cn.example.test", "san.example.test").cert()).names())
                .containsExactly("san.example.test");
    }
}
