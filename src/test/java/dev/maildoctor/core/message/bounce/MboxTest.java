package dev.maildoctor.core.message.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.model.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sisimai's mailbox/ folder: Unix mbox files and the tiny edge cases next to them. */
class MboxTest {
    private final BounceDecoder decoder = new BounceDecoder();

    @Test
    void eachMessageOfAnMboxGetsItsOwnReport() throws IOException {
        List<BounceReport> reports = decoder.decode(Files.readAllBytes(SisimaiCorpus.file("mailbox/mbox-0")), "mbox-0");
        assertThat(reports).hasSize(37);
        assertThat(reports).extracting(BounceReport::index).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 37).boxed().toList());
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo("mbox-0");
            assertThat(r.isBounce()).isTrue();
            assertThat(r.recipients()).hasSize(1);
        });
        // The same 37 recipients, in order, as Perl sisimai 4.25 reads from this file.
        assertThat(reports.get(0).recipients().get(0).recipient()).isEqualTo("domain-does-not-exist@example.gov");
        assertThat(reports.get(0).recipients().get(0).reason()).isEqualTo(Reason.HOSTUNKNOWN);
        assertThat(reports.get(36).recipients().get(0).recipient())
                .isEqualTo("ougoaiudgoe4ghlqrgdhgalk@kddi.biz.ezweb.ne.jp");
        assertThat(reports.stream().filter(r -> r.recipients().get(0).reason() == Reason.MESGTOOBIG)).hasSize(5);
    }

    @Test
    void aOneMessageMboxIsOneReport() throws IOException {
        List<BounceReport> reports = decoder.decode(Files.readAllBytes(SisimaiCorpus.file("mailbox/mbox-1")), "mbox-1");
        assertThat(reports).singleElement().satisfies(r -> assertThat(r.recipients()).hasSize(1));
    }

    @Test
    void tinyFilesGetANotice() throws IOException {
        for (String name : List.of("size-0", "size-1", "size-2")) {
            List<BounceReport> reports = decoder.decode(Files.readAllBytes(SisimaiCorpus.file("mailbox/" + name)), name);
            assertThat(reports).singleElement().satisfies(r -> {
                assertThat(r.isBounce()).isFalse();
                assertThat(r.notice()).isPresent();
            });
        }
        assertThat(decoder.decode(Files.readAllBytes(SisimaiCorpus.file("mailbox/size-2")), "x").get(0).notice())
                .contains(Msg.of("bounce.notice.not_bounce"));
    }

    @Test
    void fromLinesInsideABodyDoNotSplitTheMessage() {
        String mbox = """
                From MAILER-DAEMON Thu Sep 18 17:54:04 2008
                From: MAILER-DAEMON@example.org
                Subject: Undelivered Mail Returned to Sender

                <kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 User unknown
                    (in reply to RCPT TO command)

                From the desk of the postmaster: sorry.

                From MAILER-DAEMON Thu Sep 18 17:55:04 2008
                From: MAILER-DAEMON@example.org
                Subject: Undelivered Mail Returned to Sender

                <shironeko@example.jp>: host mx.example.jp[192.0.2.1] said: 552 5.2.2 Mailbox full
                    (in reply to RCPT TO command)
                """;
        List<BounceReport> reports = decoder.decode(mbox.getBytes(java.nio.charset.StandardCharsets.US_ASCII), "m");
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).recipients()).extracting(FailedRecipient::reason).containsExactly(Reason.USERUNKNOWN);
        assertThat(reports.get(1).recipients()).extracting(FailedRecipient::reason).containsExactly(Reason.MAILBOXFULL);
    }
}
