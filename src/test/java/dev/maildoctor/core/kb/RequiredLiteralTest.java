package dev.maildoctor.core.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.message.bounce.BounceDecoder;
import dev.maildoctor.core.message.bounce.BounceReport;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.message.bounce.SisimaiCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLiteralTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
            "low reputation of the sending ip => low reputation of the sending ip",
            "unusual (?:rate|amount) of (?:unsolicited )?(?:e-?)?mail originating from your ip => mail originating from your ip",
            "does(?: not|n.?t) have a ptr record => \" have a ptr record\"",
            "authenticate (?:their (?:e-?)?mail )?with spf => \"authenticate \"",
            "blocked using (?<zone>[a-z0-9.-]+) => \"blocked using \"",
            "\\(a?s3\\d{3}\\) => s3",
            "didn.?t pass spf => t pass spf",
            "colou?r of mail => r of mail",
            "spam+ed => spam",
            "x{2}yz => yz",
            "domain\\.s policy => domain.s policy",
            "a|b => \"\"",
            "(?:a|b) c => \" c\"",
            "[0-9]+ messages => \" messages\"",
    })
    void findsTheLongestPlainPieceEveryMatchContains(String regex, String expected) {
        assertThat(RequiredLiteral.of(regex)).isEqualTo(expected);
    }

    @Test
    void everyBundledPatternMatchesOnlyRepliesHoldingItsPiece() throws Exception {
        // The sisimai corpus's replies: every time a pattern matches one, its piece must be there.
        List<String> replies = new ArrayList<>();
        BounceDecoder decoder = new BounceDecoder();
        for (Path f : SisimaiCorpus.bsdFiles()) {
            for (BounceReport report : decoder.decode(Files.readAllBytes(f), f.toString())) {
                for (FailedRecipient r : report.recipients()) {
                    ReplyFacts facts = ReplyFacts.of(r);
                    replies.add(facts.text());
                    replies.add(facts.plainText());
                }
            }
        }
        assertThat(replies).hasSizeGreaterThan(1000);
        int patterns = 0;
        int matches = 0;
        for (EntryData e : KnowledgeLoader.readBundled().entries()) {
            for (MatchRule rule : e.match()) {
                for (String regex : rule.text()) {
                    patterns++;
                    String piece = RequiredLiteral.of(regex);
                    Pattern p = Pattern.compile(regex);
                    for (String reply : replies) {
                        if (p.matcher(reply).find()) {
                            matches++;
                            assertThat(reply).as(regex).contains(piece);
                        }
                    }
                }
            }
        }
        assertThat(patterns).isGreaterThan(150);
        assertThat(matches).isGreaterThan(300);
    }
}
