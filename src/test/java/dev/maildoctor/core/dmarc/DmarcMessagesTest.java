package dev.maildoctor.core.dmarc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.model.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the DMARC code emits exists in both languages and renders with its arguments. */
class DmarcMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"(dmarc\\.[a-z_]+\\.[a-z_.]+)\"");

    private static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/maildoctor/core/dmarc"))) {
            for (Path file : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyIsTranslatedAndRenders() throws IOException {
        Set<String> keys = keysInCode();
        assertThat(keys).hasSizeGreaterThan(25);
        for (String language : new String[] {"en", "ja"}) {
            Messages messages = Messages.forLanguage(language);
            for (String key : keys) {
                String text = messages.get(key, "A1", "B2", "C3", "D4");
                assertThat(text).as(language + " " + key).isNotEqualTo(key).doesNotContain("{0}");
            }
        }
    }

    @Test
    void realIssuesRenderInBothLanguages() {
        DmarcRecord r = DmarcRecordParser.parse("v=DMARC1; p=reject; pct=500; oops");
        Msg first = r.issues().stream().filter(i -> i.message().key().equals("dmarc.syntax.error")).findFirst()
                .orElseThrow().message();
        assertThat(Messages.forLanguage("en").render(first)).isEqualTo(
                "Syntax error at character 30: \"oops\" is not a tag=value pair; receivers ignore it");
        assertThat(Messages.forLanguage("ja").render(first)).startsWith("30 文字目に構文エラー");
    }
}
