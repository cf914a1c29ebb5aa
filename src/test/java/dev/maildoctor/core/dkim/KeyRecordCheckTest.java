package dev.maildoctor.core.dkim;

import static dev.maildoctor.core.dkim.DkimpyCorpus.dnsRecord;
import static dev.maildoctor.core.dkim.DkimpyCorpus.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRecordCheckTest {

    private static KeyVerdict check(String record) {
        return KeyRecordCheck.check(record, false);
    }

    private static String key(String record) {
        return record.substring(record.indexOf("p=") + 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2048_testkey_wo_markers.pub.txt", "2048_testkey_wo_markers.pub.rsa.txt",
            "2048_testkey_PKCS8.key.pub.txt"})
    void a2048BitKeyPassesWhetherSubjectPublicKeyInfoOrBareRsaPublicKey(String file) {
        KeyVerdict v = check(record(file));
        assertThat(v.status()).isEqualTo(Status.PASS);
        assertThat(v.keyType()).isEqualTo("rsa");
        assertThat(v.keyBits()).isEqualTo(2048);
        assertThat(v.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1024_testkey_wo_markers.pub.txt", "1024_testkey_wo_markers.pub.rsa.txt", "test.txt",
            "test2.txt"})
    void a1024BitKeyIsAWarning(String file) {
        KeyVerdict v = check(record(file));
        assertThat(v.status()).isEqualTo(Status.WARN);
        assertThat(v.keyBits()).isEqualTo(1024);
        assertThat(v.problems()).containsExactly(Msg.of("dkim.key.rsa_short", 1024, 2048));
    }

    @Test
    void a512BitKeyFails() {
        KeyVerdict v = check(dnsRecord("example._domainkey.canonical.com."));
        assertThat(v.status()).isEqualTo(Status.FAIL);
        assertThat(v.keyBits()).isEqualTo(512);
        assertThat(v.problems()).containsExactly(Msg.of("dkim.key.rsa_too_short", 512, 1024));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519test.dns", "eximtest.dns"})
    void ed25519KeysAreThirtyTwoBytes(String file) {
        KeyVerdict v = check(record(file));
        assertThat(v.status()).isEqualTo(Status.PASS);
        assertThat(v.keyType()).isEqualTo("ed25519");
        assertThat(v.keyBits()).isEqualTo(256);
        assertThat(v.problems()).containsExactly(Msg.of("dkim.key.ed25519_with_rsa"));
    }

    @Test
    void theRfc8463ExampleKeyIsEd25519() {
        assertThat(check(dnsRecord("brisbane._domainkey.football.example.com.")).keyBits()).isEqualTo(256);
    }

    @Test
    void anEd25519KeyOfTheWrongLengthFails() {
        // An RSA key published under k=ed25519.
        KeyVerdict v = check("v=DKIM1; k=ed25519; p=" + key(record("1024_testkey_wo_markers.pub.txt")));
        assertThat(v.status()).isEqualTo(Status.FAIL);
        assertThat(v.problems()).containsExactly(Msg.of("dkim.key.ed25519_length", 162));
    }

    @Test
    void anUnknownKeyTypeFails() {
        KeyVerdict v = check(record("badk.txt"));
        assertThat(v.status()).isEqualTo(Status.FAIL);
        assertThat(v.keyType()).isEqualTo("ed25519-sha256");
        assertThat(v.keyBits()).isNull();
        assertThat(v.problems()).containsExactly(Msg.of("dkim.key.unknown_type", "ed25519-sha256"));
    }

    @Test
    void aBadVersionFails() {
        // "v=DKIM1: g=*" - a colon where the semicolon belongs.
        KeyVerdict v = check(record("badversion.txt"));
        assertThat(v.status()).isEqualTo(Status.FAIL);
        assertThat(v.problems()).containsExactly(Msg.of("dkim.key.bad_version", "DKIM1: g=*"),
                Msg.of("dkim.key.rsa_short", 1024, 2048));
    }

    @Test
    void theVersionMustComeFirst() {
        KeyVerdict v = check("k=rsa; v=DKIM1; p=" + key(record("2048_testkey_wo_markers.pub.txt")));
        assertThat(v.status()).isEqualTo(Status.FAIL);
        assertThat(v.problems()).containsExactly(Msg.of("dkim.key.version_not_first"));
    }

    @Test
    void aCorruptRsaKeyFails() {
        KeyVerdict v = check(record("test_bad.txt"));
        assertThat(v.status()).isEqualTo(Status.FAIL);
        assertThat(v.problems()).containsExactly(Msg.of("dkim.key.unreadable_rsa"));
    }

    @Test
    void badBase64Fails() {
        KeyVerdict v = check("v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ\"DkHlOQoBTzWR");
        assertThat(v.status()).isEqualTo(Status.FAIL);
        assertThat(v.problems()).containsExactly(Msg.of("dkim.key.bad_base64"));
    }

    @Test
    void whiteSpaceInsideTheKeyIsFoldingAndAllowed() {
        String p = key(record("2048_testkey_wo_markers.pub.txt"));
        KeyVerdict v = check("v=DKIM1; p=" + p.substring(0, 100) + " \t " + p.substring(100));
        assertThat(v.status()).isEqualTo(Status.PASS);
        assertThat(v.keyBits()).isEqualTo(2048);
    }

    @Test
    void anEmptyPublicKeyIsARevokedKey() {
        KeyVerdict unused = check("v=DKIM1; k=rsa; p=");
        assertThat(unused.revoked()).isTrue();
        assertThat(unused.status()).isEqualTo(Status.INFO);
        assertThat(unused.problems()).containsExactly(Msg.of("dkim.key.revoked"));
        assertThat(KeyRecordCheck.check("v=DKIM1; p=", true).status())
                .as("a message was signed with it").isEqualTo(Status.FAIL);
    }

    @Test
    void aMissingPublicKeyFails() {
        assertThat(check("v=DKIM1; k=rsa").problems()).containsExactly(Msg.of("dkim.key.no_public_key"));
    }

    @Test
    void testingModeIsAWarningAndStrictIsNoted() {
        KeyVerdict v = check("v=DKIM1; t=y:s; " + record("2048_testkey_wo_markers.pub.txt").replace("v=DKIM1; ", ""));
        assertThat(v.status()).isEqualTo(Status.WARN);
        assertThat(v.testing()).isTrue();
        assertThat(v.strict()).isTrue();
        assertThat(v.problems()).containsExactly(Msg.of("dkim.key.testing"));
        assertThat(check("t=s; " + record("2048_testkey_wo_markers.pub.txt").replace("v=DKIM1; ", "")).status())
                .isEqualTo(Status.PASS);
    }

    @Test
    void sha1OnlyKeysVerifyNothing() {
        String p2048 = key(record("2048_testkey_wo_markers.pub.txt"));
        assertThat(check("v=DKIM1; h=sha1; p=" + p2048).problems()).containsExactly(Msg.of("dkim.key.sha1_only"));
        assertThat(check("v=DKIM1; h=sha1; p=" + p2048).status()).isEqualTo(Status.FAIL);
        assertThat(check("v=DKIM1; h=sha1:sha256; p=" + p2048).status()).isEqualTo(Status.PASS);
        assertThat(check("v=DKIM1; h=md5; p=" + p2048).problems()).containsExactly(Msg.of("dkim.key.no_known_hash", "md5"));
    }

    @Test
    void aKeyForAnotherServiceDoesNotVerifyMail() {
        KeyVerdict v = check(record("test_tlsrpt.txt"));
        assertThat(v.status()).isEqualTo(Status.FAIL);
        assertThat(v.problems()).contains(Msg.of("dkim.key.not_for_email", "tlsrpt"));
        String p2048 = key(record("2048_testkey_wo_markers.pub.txt"));
        assertThat(check("v=DKIM1; s=email:tlsrpt; p=" + p2048).status()).isEqualTo(Status.PASS);
        assertThat(check("v=DKIM1; s=*; p=" + p2048).status()).isEqualTo(Status.PASS);
    }

    @Test
    void syntaxErrorsAndDuplicateTagsFail() {
        String p2048 = key(record("2048_testkey_wo_markers.pub.txt"));
        KeyVerdict duplicate = check("v=DKIM1; k=rsa; k=rsa; p=" + p2048);
        assertThat(duplicate.status()).isEqualTo(Status.FAIL);
        assertThat(duplicate.problems()).containsExactly(Msg.of("dkim.key.duplicate_tag", "k"));
        KeyVerdict garbage = check("v=DKIM1; rsa; p=" + p2048);
        assertThat(garbage.problems()).containsExactly(Msg.of("dkim.key.syntax", "rsa"));
    }

    @Test
    void notesAreKeptAndUnknownTagsIgnored() {
        KeyVerdict v = check("v=DKIM1; g=*; x=whatever; n=rotated 2024; p=" + key(record("2048_testkey_wo_markers.pub.txt")));
        assertThat(v.status()).isEqualTo(Status.PASS);
        assertThat(v.notes()).isEqualTo("rotated 2024");
    }

    @Test
    void tagListsKeepTheFirstValueAndReportTheRest() {
        TagList tags = TagList.parse(" v = DKIM1 ;k=rsa;;p=abc; ; P=x; 1x=y;");
        assertThat(tags.tags()).containsExactly(java.util.Map.entry("v", "DKIM1"), java.util.Map.entry("k", "rsa"),
                java.util.Map.entry("p", "abc"), java.util.Map.entry("P", "x"));
        assertThat(tags.malformed()).containsExactly("1x=y");
        assertThat(tags.firstName()).isEqualTo("v");
    }
}
