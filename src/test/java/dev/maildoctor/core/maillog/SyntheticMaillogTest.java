package dev.maildoctor.core.maillog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.bench.SyntheticMaillog;
import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.model.Progress;
import dev.maildoctor.core.routing.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generator: deterministic, exact in length, and telling the stories it promises. */
class SyntheticMaillogTest {
    @TempDir
    Path dir;

    @Test
    void deterministicExactAndRealistic() throws IOException {
        Path a = dir.resolve("a.log");
        Path b = dir.resolve("b.log");
        SyntheticMaillog.write(a, 20_000);
        SyntheticMaillog.write(b, 20_000);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
        // the Gmail incident starts on the second day, some 530,000 lines in
        SyntheticMaillog.write(a, 600_000);
        try (var lines = Files.lines(a)) {
            assertThat(lines.count()).isEqualTo(600_000);
        }

        LogStory story = new LogStory(LocalDate.of(2026, 11, 30));
        try (var lines = Files.lines(a)) {
            lines.forEach(story::accept);
        }
        MaillogSummary s = story.summary();
        assertThat(story.openQueueIds()).as("only messages still waiting for a retry stay in memory")
                .isLessThan(500);
        assertThat(s.count(DeliveryStatus.SENT)).isGreaterThan(60_000);
        assertThat(s.count(DeliveryStatus.DEFERRED)).isPositive();
        assertThat(s.count(DeliveryStatus.BOUNCED)).isPositive();
        assertThat(s.recipientDomains()).hasSizeGreaterThan(500).contains("gmail.com", "yahoo.co.jp", "outlook.com");
        assertThat(s.incidents()).anySatisfy(i -> {
            assertThat(i.provider().isGoogle()).isTrue();
            assertThat(i.reason()).isEqualTo(Reason.BADREPUTATION);
            assertThat(i.firstSeen()).isBetween(LocalDateTime.of(2026, 11, 2, 14, 2),
                    LocalDateTime.of(2026, 11, 2, 14, 3));
            assertThat(i.count()).isGreaterThan(1000);
        });
        assertThat(s.byDomain()).filteredOn(d -> d.domain().equals("gmail.com")).singleElement()
                .extracting(DomainTally::provider).isEqualTo(Provider.GMAIL);

        MaillogSummary viaFiles = new MaillogAnalyzer().analyze(List.of(a), Progress.NONE, () -> false);
        assertThat(viaFiles.lines()).isEqualTo(600_000);
    }
}
