package dev.maildoctor.core.message.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.message.mime.EncodedWords;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bounces from Japanese carriers and MTAs: ISO-2022-JP, Shift_JIS and EUC-JP text must decode. */
class JapaneseBounceTest {
    private final BounceDecoder decoder = new BounceDecoder();

    /** au one net (KDDI) writes its notice in ISO-2022-JP above the English one. */
    @Test
    void readsIso2022JpFromTheCorpus() throws IOException {
        String raw = BounceInput.normalise(Files.readAllBytes(SisimaiCorpus.file("maildir/bsd/lhost-kddi-01.eml")));
        assertThat(BounceMessage.of(raw).text).contains("送信先のメールボックスが一杯のため、送信できませんでした。");
        BounceReport r = decoder.decode(raw.getBytes(StandardCharsets.ISO_8859_1), "kddi").get(0);
        assertThat(r.recipients()).extracting(FailedRecipient::recipient)
                .containsExactly("kijitora@x0000000000000.dion.ne.jp");
        assertThat(r.recipients().get(0).reason()).isEqualTo(Reason.MAILBOXFULL);
    }

    @Test
    void readsALotusNotesBounceInIso2022Jp() throws IOException {
        String raw = BounceInput.normalise(Files.readAllBytes(SisimaiCorpus.file("maildir/bsd/lhost-domino-02.eml")));
        BounceReport r = decoder.decode(raw.getBytes(StandardCharsets.ISO_8859_1), "domino").get(0);
        assertThat(r.recipients()).singleElement().satisfies(x -> {
            assertThat(x.recipient()).isEqualTo("kijitora@example.co.jp");
            assertThat(x.diagnostic()).contains("Domino ディレクトリには見つかりません");
        });
    }

    @Test
    void readsShiftJisAndEucJpBouncesOfAJapaneseMta() {
        String body = """
                以下のアドレスへの配送に失敗しました。

                宛先: <hanako@example.co.jp>
                理由: 550 5.1.1 <hanako@example.co.jp>... User unknown
                """;
        for (String charset : List.of("Shift_JIS", "EUC-JP", "ISO-2022-JP")) {
            String header = "From: MAILER-DAEMON@mail.example.jp\n"
                    + "Subject: =?ISO-2022-JP?B?GyRCR1s/LiUoJWkhPBsoQg==?=\n"
                    + "Content-Type: text/plain; charset=" + charset + "\n\n";
            byte[] mail = (header + body).getBytes(Charset.forName(charset));
            BounceReport r = decoder.decode(mail, "jp").get(0);
            assertThat(r.recipients()).as(charset).singleElement().satisfies(x -> {
                assertThat(x.recipient()).isEqualTo("hanako@example.co.jp");
                assertThat(x.status()).isEqualTo("5.1.1");
                assertThat(x.reason()).isEqualTo(Reason.USERUNKNOWN);
            });
        }
    }

    @Test
    void decodesJapaneseEncodedWords() {
        assertThat(EncodedWords.decode("=?ISO-2022-JP?B?GyRCR1s/LiUoJWkhPBsoQg==?=")).isEqualTo("配信エラー");
        assertThat(EncodedWords.decode("=?Shift_JIS?B?lHqQTYNHg4mBWw==?= (notice)")).isEqualTo("配信エラー (notice)");
        assertThat(EncodedWords.decode("=?utf-8?Q?=E9=85=8D=E4=BF=A1?= =?utf-8?Q?=E3=82=A8=E3=83=A9=E3=83=BC?="))
                .isEqualTo("配信エラー");
    }
}
