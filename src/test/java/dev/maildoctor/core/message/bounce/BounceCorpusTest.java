package dev.maildoctor.core.message.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole sisimai corpus: agreement with sisimai per field, written to docs/bounce-accuracy.md. */
class BounceCorpusTest {
    private final BounceDecoder decoder = new BounceDecoder();

    @Test
    void agreesWithSisimaiOnRecipientStatusAndReason() throws IOException {
        CorpusAgreement agreement = CorpusAgreement.measure(decoder);
        Path docs = Path.of("docs");
        if (Files.isDirectory(docs)) {
            Files.writeString(docs.resolve("bounce-accuracy.md"), agreement.report());
        }
        assertThat(agreement.outcomes).hasSizeGreaterThan(600);
        assertThat(agreement.share(CorpusAgreement.Outcome::recipient)).as("recipient agreement").isGreaterThanOrEqualTo(0.95);
        assertThat(agreement.share(CorpusAgreement.Outcome::status)).as("status agreement").isGreaterThanOrEqualTo(0.95);
        assertThat(agreement.share(CorpusAgreement.Outcome::reason)).as("reason agreement").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void everyCorpusMessageDecodesAsABounceWithoutFailing() throws IOException {
        List<String> notDecoded = new ArrayList<>();
        for (Path f : SisimaiCorpus.bsdFiles()) {
            List<BounceReport> reports = decoder.decode(Files.readAllBytes(f), f.getFileName().toString());
            assertThat(reports).isNotEmpty(); // a few files are small mboxes of several bounces
            if (reports.stream().noneMatch(BounceReport::isBounce)) {
                notDecoded.add(f.getFileName().toString());
            }
        }
        // A handful are mailing-list refusals written as ordinary mail (fml, Verizon, Apache James).
        assertThat(notDecoded).hasSizeLessThan(8);
    }

    /** sisimai keeps CRLF and CR-only copies of its messages: line ends must not change any result. */
    @Test
    void crlfAndCrOnlyLineEndsGiveTheSameResults() throws IOException {
        for (Path f : SisimaiCorpus.bsdFiles()) {
            String lf = Files.readString(f, StandardCharsets.ISO_8859_1);
            if (lf.indexOf('\r') >= 0) {
                continue; // already mixed: a CRLF copy of it would not be the same message
            }
            List<String> expected = summary(decoder.decode(lf.getBytes(StandardCharsets.ISO_8859_1), "lf"));
            byte[] crlf = lf.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            byte[] cr = lf.replace("\n", "\r").getBytes(StandardCharsets.ISO_8859_1);
            assertThat(summary(decoder.decode(crlf, "crlf"))).as(f.getFileName() + " with CRLF").isEqualTo(expected);
            assertThat(summary(decoder.decode(cr, "cr"))).as(f.getFileName() + " with CR").isEqualTo(expected);
        }
    }

    private static List<String> summary(List<BounceReport> reports) {
        List<String> out = new ArrayList<>();
        for (BounceReport r : reports) {
            out.add(r.isBounce() + " " + r.format());
            r.recipients().forEach(x -> out.add(x.recipient() + " " + x.status() + " " + x.reason() + " " + x.stage()));
        }
        return out;
    }
}
