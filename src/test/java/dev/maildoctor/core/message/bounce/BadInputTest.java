package dev.maildoctor.core.message.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.model.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Whatever users feed it, the decoder answers with a notice: no exception, no long wait. */
@Timeout(30)
class BadInputTest {
    private final BounceDecoder decoder = new BounceDecoder();

    @Test
    void emptyInputSaysSo() {
        for (byte[] input : List.of(new byte[0], "   \r\n\n\t".getBytes(StandardCharsets.US_ASCII))) {
            BounceReport r = only(decoder.decode(input, "-"));
            assertThat(r.isBounce()).isFalse();
            assertThat(r.notice()).contains(Msg.of("bounce.notice.empty"));
        }
        assertThat(only(decoder.decode(null, null)).notice()).contains(Msg.of("bounce.notice.empty"));
    }

    @Test
    void messagesThatAreNotBouncesSaySo() throws IOException {
        for (String name : List.of("is-not-bounce-01.eml", "is-not-bounce-02.eml")) {
            byte[] bytes = Files.readAllBytes(SisimaiCorpus.file("maildir/not/" + name));
            List<BounceReport> reports = decoder.decode(bytes, name);
            assertThat(reports).allSatisfy(r -> {
                assertThat(r.isBounce()).as(name).isFalse();
                assertThat(r.recipients()).isEmpty();
                assertThat(r.notice()).contains(Msg.of("bounce.notice.not_bounce"));
            });
        }
    }

    /**
     * sisimai files this one under "not a bounce", but it is one: a postmaster's German/English
     * notice that the message was discarded because the mailbox was full.
     */
    @Test
    void readsTheFreeFormMailboxFullNoticeSisimaiSkips() throws IOException {
        byte[] bytes = Files.readAllBytes(SisimaiCorpus.file("maildir/not/rb-issue-368-bug.eml"));
        BounceReport first = decoder.decode(bytes, "rb-issue-368-bug.eml").get(0);
        assertThat(first.recipients()).extracting(FailedRecipient::recipient).containsExactly("xxxx@yyyyyy.net");
        assertThat(first.recipients().get(0).reason()).isEqualTo(Reason.MAILBOXFULL);
    }

    @Test
    void hundredMegabytesOfJunkAreRefusedAtOnce() {
        byte[] junk = new byte[100 * 1024 * 1024];
        new Random(7).nextBytes(junk);
        long start = System.nanoTime();
        BounceReport r = only(decoder.decode(junk, "junk.bin"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(r.isBounce()).isFalse();
        assertThat(r.notice()).contains(Msg.of("bounce.notice.too_large", junk.length, BounceDecoder.MAX_INPUT_BYTES));
    }

    @Test
    void binaryFilesAreNotReadAsMail() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0,
            0, 0, 1, 0, 8, 6, 0, 0, 0};
        byte[] random = new byte[256 * 1024];
        new Random(11).nextBytes(random);
        for (byte[] input : List.of(png, random)) {
            BounceReport r = only(decoder.decode(input, "file"));
            assertThat(r.isBounce()).isFalse();
            assertThat(r.notice()).contains(Msg.of("bounce.notice.binary"));
        }
    }

    @Test
    void truncatedMimeStillGivesWhatItHas() throws IOException {
        String whole = Files.readString(SisimaiCorpus.file("maildir/bsd/lhost-postfix-01.eml"), StandardCharsets.ISO_8859_1);
        String cut = whole.substring(0, whole.indexOf("Content-Type: message/rfc822") - 40);
        BounceReport r = only(decoder.decode(cut.getBytes(StandardCharsets.ISO_8859_1), "cut.eml"));
        assertThat(r.isBounce()).isTrue();
        assertThat(r.notice()).contains(Msg.of("bounce.notice.truncated"));
        assertThat(r.recipients()).extracting(FailedRecipient::recipient).containsExactly("r@p351355.pool.example.ne.jp");
        // Cut inside the headers: nothing to read, but still an answer.
        BounceReport headersOnly = only(decoder.decode(whole.substring(0, 300).getBytes(StandardCharsets.ISO_8859_1), "h"));
        assertThat(headersOnly.notice()).isPresent();
    }

    @Test
    void aBoundaryThatNeverAppearsIsReadAsText() {
        String mail = """
                From: MAILER-DAEMON@example.org
                Subject: Undelivered Mail Returned to Sender
                Content-Type: multipart/report; boundary="nowhere"

                <kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1
                    <kijitora@example.jp>: Recipient address rejected: User unknown (in reply to RCPT TO command)
                """;
        BounceReport r = only(decoder.decode(mail.getBytes(StandardCharsets.US_ASCII), "m"));
        assertThat(r.recipients()).singleElement().satisfies(x -> {
            assertThat(x.recipient()).isEqualTo("kijitora@example.jp");
            assertThat(x.reason()).isEqualTo(Reason.USERUNKNOWN);
            assertThat(x.stage()).isEqualTo(SmtpStage.RCPT);
        });
    }

    @Test
    void wrongOrMissingCharsetsAreReadFromTheBytes() {
        String body = "<taro@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 宛先のユーザーは存在しません"
                + " (in reply to RCPT TO command)\n";
        for (String[] variant : new String[][] {{"us-ascii", "EUC-JP"}, {"utf-8", "windows-31j"}, {"", "ISO-2022-JP"},
                {"x-unknown-charset", "UTF-8"}}) {
            String header = "From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\n"
                    + "Content-Type: text/plain" + (variant[0].isEmpty() ? "" : "; charset=" + variant[0]) + "\n\n";
            byte[] mail = concat(header.getBytes(StandardCharsets.US_ASCII),
                    body.getBytes(java.nio.charset.Charset.forName(variant[1])));
            BounceReport r = only(decoder.decode(mail, "m"));
            assertThat(r.recipients()).as(Arrays.toString(variant)).singleElement()
                    .satisfies(x -> assertThat(x.diagnostic()).contains("宛先のユーザーは存在しません"));
        }
    }

    /** Text built to make backtracking regexes explode must be read in linear time. */
    @Test
    void pathologicalTextIsReadQuickly() {
        StringBuilder sb = new StringBuilder("From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\n\n");
        String[] traps = {"a@", "[1.2.3.", "550-5.7.1 ", "host ", "<<<<", "@@@@", "5.5.5.5.5.", "--------", " ... "};
        Random random = new Random(3);
        while (sb.length() < 8 * 1024 * 1024) {
            sb.append(traps[random.nextInt(traps.length)]);
            if (random.nextInt(40) == 0) {
                sb.append('\n');
            }
        }
        long start = System.nanoTime();
        List<BounceReport> reports = decoder.decode(sb.toString().getBytes(StandardCharsets.US_ASCII), "trap");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(reports).isNotEmpty();
    }

    @Test
    void endlessMultipartNestingIsBounded() {
        StringBuilder sb = new StringBuilder("From: MAILER-DAEMON@example.org\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\n\n--b").append(i).append('\n');
        }
        assertThat(decoder.decode(sb.toString().getBytes(StandardCharsets.US_ASCII), "nest")).isNotEmpty();
    }

    private static BounceReport only(List<BounceReport> reports) {
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
