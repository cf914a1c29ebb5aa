package dev.maildoctor.core.maillog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.message.bounce.ReasonClassifier;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.routing.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole logs through the public API: realistic stories, incidents, rotation, bad input. */
class MaillogAnalyzerTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final MaillogAnalyzer analyzer = new MaillogAnalyzer(TOKYO);

    @TempDir
    Path dir;

    static String resource(String name) throws IOException {
        try (InputStream in = MaillogAnalyzerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private MaillogSummary analyze(String log, LocalDate lastWritten) throws IOException {
        return analyzer.analyze(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), lastWritten,
                () -> false);
    }

    @Test
    void deferredThenSentBouncedAndExpiredStories() throws IOException {
        MaillogSummary s = analyze(resource("stories.log"), LocalDate.of(2026, 11, 29));

        assertThat(s.lines()).isEqualTo(40);
        assertThat(s.postfixLines()).isEqualTo(39);
        assertThat(s.messages()).isEqualTo(5);
        assertThat(s.count(DeliveryStatus.SENT)).isEqualTo(4);
        assertThat(s.count(DeliveryStatus.BOUNCED)).isEqualTo(1);
        assertThat(s.count(DeliveryStatus.DEFERRED)).as("once per recipient, not per retry").isEqualTo(3);
        assertThat(s.deferrals()).isEqualTo(6);
        assertThat(s.expired()).isEqualTo(1);
        assertThat(s.firstSeen()).isEqualTo(LocalDateTime.of(2026, 11, 28, 6, 42, 10));
        assertThat(s.lastSeen()).isEqualTo(LocalDateTime.of(2026, 11, 29, 8, 0, 0));

        assertThat(s.recipientDomains()).containsExactly("contoso.com", "example.jp", "gmail.com",
                "greylist.example.net", "mx1.example.jp", "old-partner.example", "yahoo.com");
        DomainTally grey = domain(s, "greylist.example.net");
        assertThat(List.of(grey.sent(), grey.deferred(), grey.bounced())).containsExactly(1L, 1L, 0L);
        assertThat(grey.topResponses()).singleElement().satisfies(r -> {
            assertThat(r.count()).isEqualTo(2);
            assertThat(r.response()).isEqualTo("450 4.2.0 <*@*>: Recipient address rejected: Greylisted, see "
                    + "http://postgrey.schweikert.ch/help/greylist.example.net.html (in reply to RCPT TO command)");
        });
        assertThat(domain(s, "contoso.com").provider()).isEqualTo(Provider.MICROSOFT365);
        assertThat(domain(s, "contoso.com").topResponses().get(0).response()).isEqualTo(
                "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient *@* not found by SMTP address lookup "
                        + "(in reply to RCPT TO command)");
        assertThat(domain(s, "contoso.com").topResponses().get(0).reason()).as("classified from the full response")
                .isEqualTo(ReasonClassifier.classify("5.1.10", 550, "host contoso-com.mail.protection.outlook.com"
                        + "[52.101.40.2] said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nobody@contoso.com "
                        + "not found by SMTP address lookup (in reply to RCPT TO command)"));
        assertThat(domain(s, "gmail.com").provider()).isEqualTo(Provider.GMAIL);
        assertThat(domain(s, "yahoo.com").provider()).isEqualTo(Provider.YAHOO);
        assertThat(domain(s, "old-partner.example").deferred()).isEqualTo(1);

        assertThat(s.byResponse()).extracting(ResponseCount::response).contains(
                "connect to #: Connection timed out",
                "delivery temporarily suspended: connect to #: Connection timed out",
                "421 4.7.0 [TSS04] Messages from # temporarily deferred due to unexpected volume or user "
                        + "complaints - #; see https://postmaster.yahooinc.com/error-codes "
                        + "(in reply to MAIL FROM command)");
        assertThat(s.perDay()).containsExactly(
                new DayTally(LocalDate.of(2026, 11, 28), 3, 3, 1),
                new DayTally(LocalDate.of(2026, 11, 29), 1, 0, 0));
        assertThat(s.incidents()).noneMatch(i -> i.provider().isGoogle() || i.provider().isMicrosoft());
    }

    @Test
    void gmailReputationIncidentHasOnsetEndAndCount() throws IOException {
        MaillogSummary s = analyze(resource("gmail-reputation-2019-05-29.log"), LocalDate.of(2019, 5, 30));

        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.provider()).isEqualTo(Provider.GMAIL);
            assertThat(i.reason()).isEqualTo(Reason.BADREPUTATION);
            assertThat(i.firstSeen()).isEqualTo(LocalDateTime.of(2019, 5, 29, 14, 2, 14));
            assertThat(i.lastSeen()).isEqualTo(LocalDateTime.of(2019, 5, 30, 8, 55, 42));
            assertThat(i.endedAt()).isEqualTo(LocalDateTime.of(2019, 5, 30, 9, 46, 7));
            assertThat(i.count()).isEqualTo(35);
            assertThat(i.domains()).containsExactly("example-partner.co.jp", "gmail.com");
            assertThat(i.example()).startsWith("host gmail-smtp-in.l.google.com[142.250.157.27] said: 550-5.7.1")
                    .contains("very low reputation of the sending IP");
        });
        assertThat(s.count(DeliveryStatus.BOUNCED)).isEqualTo(35);
        assertThat(s.byResponse().get(0).response()).isEqualTo("550 5.7.1 [#] Our system has detected that this "
                + "message is likely suspicious due to the very low reputation of the sending IP address. To best "
                + "protect our users from spam, the message has been blocked. Please visit "
                + "https://support.google.com/mail/answer/188131 for more information. # - gsmtp "
                + "(in reply to end of DATA command)");
        assertThat(domain(s, "example-partner.co.jp").provider()).isEqualTo(Provider.GOOGLE_WORKSPACE);
        assertThat(s.perDay()).hasSize(2);
        assertThat(s.perDay().get(0).bounced() + s.perDay().get(1).bounced()).isEqualTo(35);
    }

    @Test
    void incidentStillOpenWhenTheLogEndsDuringIt() throws IOException {
        String log = resource("gmail-reputation-2019-05-29.log");
        String cut = log.substring(0, log.indexOf("May 30 09:"));
        MaillogSummary s = analyze(cut, LocalDate.of(2019, 5, 30));
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.ongoing()).isTrue();
            assertThat(i.count()).isEqualTo(35);
        });
    }

    @Test
    void rotatedSetIsReadOldestFirstWhateverTheOrderGiven() throws IOException {
        // one message's story spread over three files, across New Year (classic stamps have no year)
        write("maillog.2.gz", true, day(2026, 1, 2), """
                Dec 31 23:59:58 mx1 postfix/qmgr[812]: 5A5A5A5A5A: from=<a@example.jp>, size=100, nrcpt=1 (queue active)
                Dec 31 23:59:59 mx1 postfix/smtp[9]: 5A5A5A5A5A: to=<u@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.157.27]:25, delay=1, delays=0/0/0/1, dsn=4.7.28, status=deferred (host gmail-smtp-in.l.google.com[142.250.157.27] said: 421-4.7.28 [203.0.113.25      15] Our system has detected an unusual rate of 421-4.7.28 unsolicited mail originating from your IP address. 421 4.7.28 x1si2 - gsmtp (in reply to end of DATA command))
                Jan  1 00:00:03 mx1 postfix/smtpd[10]: connect from unknown[192.0.2.1]
                """);
        write("maillog.3.gz", true, day(2025, 12, 31), """
                Dec 31 10:00:00 mx1 postfix/qmgr[812]: 0B0B0B0B0B: from=<a@example.jp>, size=100, nrcpt=1 (queue active)
                Dec 31 10:00:01 mx1 postfix/smtp[9]: 0B0B0B0B0B: to=<v@example.org>, relay=mx.example.org[198.51.100.7]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 ok)
                Dec 31 10:00:01 mx1 postfix/qmgr[812]: 0B0B0B0B0B: removed
                """);
        write("maillog", false, day(2026, 1, 3), """
                2026-01-03T09:00:00.123456+09:00 mx1 postfix-out/smtp[11]: 5A5A5A5A5A: to=<u@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.157.27]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 OK x1si2 - gsmtp)
                2026-01-03T09:00:00.200000+09:00 mx1 postfix-out/qmgr[812]: 5A5A5A5A5A: removed
                """);
        write("maillog.1", false, day(2026, 1, 2), """
                Jan  2 08:00:00 mx1 postfix/qmgr[812]: 5A5A5A5A5A: from=<a@example.jp>, size=100, nrcpt=1 (queue active)
                Jan  2 08:00:01 mx1 postfix/smtp[9]: 5A5A5A5A5A: to=<u@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.157.27]:25, delay=1, delays=0/0/0/1, dsn=4.7.28, status=deferred (host gmail-smtp-in.l.google.com[142.250.157.27] said: 421-4.7.28 [203.0.113.25      15] Our system has detected an unusual rate of 421-4.7.28 unsolicited mail originating from your IP address. 421 4.7.28 x9si9 - gsmtp (in reply to end of DATA command))
                """);
        List<Path> given = List.of(dir.resolve("maillog"), dir.resolve("maillog.2.gz"), dir.resolve("maillog.1"),
                dir.resolve("maillog.3.gz"));
        assertThat(MaillogAnalyzer.readingOrder(given)).extracting(p -> p.getFileName().toString())
                .containsExactly("maillog.3.gz", "maillog.2.gz", "maillog.1", "maillog");

        AtomicInteger done = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        MaillogSummary s = analyzer.analyze(given, new Progress((d, t) -> {
            done.set(d);
            total.set(t);
        }), () -> false);

        assertThat(s.lines()).isEqualTo(10);
        assertThat(s.messages()).isEqualTo(2);
        assertThat(s.count(DeliveryStatus.DEFERRED)).isEqualTo(1);
        assertThat(s.deferrals()).isEqualTo(2);
        assertThat(s.count(DeliveryStatus.SENT)).isEqualTo(2);
        assertThat(s.firstSeen()).isEqualTo(LocalDateTime.of(2025, 12, 31, 10, 0, 0));
        assertThat(s.lastSeen()).isEqualTo(LocalDateTime.of(2026, 1, 3, 9, 0, 0));
        assertThat(s.perDay()).containsExactly(
                new DayTally(LocalDate.of(2025, 12, 31), 1, 1, 0),
                new DayTally(LocalDate.of(2026, 1, 1), 0, 0, 0),
                new DayTally(LocalDate.of(2026, 1, 2), 0, 0, 0),
                new DayTally(LocalDate.of(2026, 1, 3), 1, 0, 0));
        assertThat(total.get()).isEqualTo(4);
        assertThat(done.get()).isEqualTo(total.get());
    }

    @Test
    void garbageBinaryJunkHugeLinesAndEmptyFilesAreHarmless() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.log"));
        Path junk = dir.resolve("junk.log");
        byte[] noise = new byte[3 * 1024 * 1024];
        new java.util.Random(1).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == '\n') {
                noise[i] = 0; // one 3 MiB "line" with no line break
            }
        }
        try (OutputStream out = Files.newOutputStream(junk)) {
            out.write(noise);
            out.write('\n');
            String sent = "Nov 28 06:42:16 mx1 postfix/smtp[2107]: 7F3B2C0C21: to=<taro@gmail.com>, "
                    + "relay=gmail-smtp-in.l.google.com[142.250.157.27]:25, delay=1.2, delays=0.02/0.01/0.5/0.7, "
                    + "dsn=2.0.0, status=sent (250 2.0.0 OK " + "x".repeat(50_000) + ")\n";
            out.write(sent.getBytes(StandardCharsets.UTF_8));
            out.write("\u0000\u0001\u00ff garbage\r\n\r\nNov 99 99:99:99 x postfix/smtp[1]: 1234567: to=<\n".getBytes(
                    StandardCharsets.ISO_8859_1));
            out.write("Nov 28 06:42:17 mx1 postfix/qmgr[812]: 7F3B2C0C21: removed".getBytes(StandardCharsets.UTF_8));
        }
        MaillogSummary s = analyzer.analyze(List.of(junk, empty), Progress.NONE, () -> false);
        assertThat(s.lines()).isEqualTo(6);
        assertThat(s.count(DeliveryStatus.SENT)).as("the over-long line is cut, but its start still counts")
                .isEqualTo(1);
        assertThat(s.messages()).isEqualTo(1);

        MaillogSummary none = analyzer.analyze(List.of(empty), Progress.NONE, () -> false);
        assertThat(none.lines()).isZero();
        assertThat(none.firstSeen()).isNull();
        assertThat(none.byDomain()).isEmpty();
    }

    @Test
    void otherCompressionsAreRefusedNotReadAsJunk() throws IOException {
        Path xz = dir.resolve("maillog.1.xz");
        Files.write(xz, new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0, 1, 2, 3});
        assertThatThrownBy(() -> analyzer.analyze(List.of(xz), Progress.NONE, () -> false))
                .isInstanceOf(IOException.class).hasMessageContaining("xz");
    }

    @Test
    void aGzipCutShortKeepsWhatWasReadable() throws IOException {
        write("maillog.1.gz", true, day(2026, 11, 29), resource("stories.log"));
        Path gz = dir.resolve("maillog.1.gz");
        byte[] whole = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(whole, whole.length - 40));
        MaillogSummary s = analyzer.analyze(List.of(gz), Progress.NONE, () -> false);
        assertThat(s.lines()).isBetween(30L, 40L);
        assertThat(s.count(DeliveryStatus.SENT)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void cancellationStopsTheAnalysis() throws IOException {
        Path log = dir.resolve("maillog");
        Files.writeString(log, resource("gmail-reputation-2019-05-29.log").repeat(20));
        AtomicInteger checks = new AtomicInteger();
        assertThatThrownBy(() -> analyzer.analyze(List.of(log), Progress.NONE, () -> checks.incrementAndGet() > 1))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void removedQueueIdsAreForgotten() throws IOException {
        LogStory story = new LogStory(LocalDate.of(2019, 5, 30));
        resource("gmail-reputation-2019-05-29.log").lines().forEach(story::accept);
        assertThat(story.openQueueIds()).isZero();
        LogStory open = new LogStory(LocalDate.of(2026, 11, 29));
        resource("stories.log").lines().forEach(open::accept);
        assertThat(open.openQueueIds()).as("the message still deferred to yahoo.com").isEqualTo(1);
    }

    private static DomainTally domain(MaillogSummary s, String name) {
        return s.byDomain().stream().filter(d -> d.domain().equals(name)).findFirst().orElseThrow();
    }

    private static FileTime day(int y, int m, int d) {
        return FileTime.from(LocalDateTime.of(y, m, d, 12, 0).atZone(TOKYO).toInstant());
    }

    private void write(String name, boolean gzip, FileTime mtime, String text) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Files.setLastModifiedTime(file, mtime);
    }
}
