package dev.maildoctor.core.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureSelectorsTest {

    @Test
    void everySignatureOfAMessageNamesASelector() {
        // RFC 8463 Appendix A: an ed25519 and an RSA signature, folded over several lines.
        assertThat(SignatureSelectors.read(DkimpyCorpus.text("rfc6376.signed.msg"))).containsExactly(
                new SignedSelector("brisbane", "football.example.com"),
                new SignedSelector("test", "football.example.com"));
    }

    @Test
    void degenerateFoldingIsUnfolded() {
        assertThat(SignatureSelectors.read(DkimpyCorpus.text("test2.message")))
                .containsExactly(new SignedSelector("20120113", "gmail.com"));
        // d=test.ex, then the fold, then "; s=sed"
        assertThat(SignatureSelectors.read(DkimpyCorpus.text("ed25519test2.msg")))
                .containsExactly(new SignedSelector("sed", "test.ex"));
    }

    @Test
    void crlfLineEndsUpperCaseDomainsAndRepeatsAreHandled() {
        String message = "DKIM-Signature: v=1; a=rsa-sha256; d=Example.COM;\r\n s=sel1; b=abc\r\n"
                + "dkim-signature: v=1; s=sel1; d=example.com; b=def\r\n"
                + "Subject: hi\r\n\r\nDKIM-Signature: v=1; s=body; d=example.com\r\n";
        assertThat(SignatureSelectors.read(message)).containsExactly(new SignedSelector("sel1", "example.com"));
    }

    @Test
    void signaturesWithoutUsableTagsAreSkipped() {
        String message = "DKIM-Signature: v=1; d=example.com; b=abc\n"
                + "DKIM-Signature: v=1; s=ok; d=not a domain\n"
                + "DKIM-Signature: v=1; s=bad selector!; d=example.com\n"
                + "From: a@example.com\n";
        assertThat(SignatureSelectors.read(message)).isEmpty();
        assertThat(SignatureSelectors.read("just some text")).isEmpty();
    }
}
