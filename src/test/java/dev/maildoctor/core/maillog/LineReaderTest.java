package dev.maildoctor.core.maillog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static List<String> lines(byte[] data) throws IOException {
        LineReader r = new LineReader(new ByteArrayInputStream(data), () -> { });
        List<String> out = new ArrayList<>();
        for (String l; (l = r.readLine()) != null; ) {
            out.add(l);
        }
        return out;
    }

    private static List<String> lines(String text) throws IOException {
        return lines(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void lineBreaksCrLfAndNoFinalBreak() throws IOException {
        assertThat(lines("a\nb\r\n\nc")).containsExactly("a", "b", "", "c");
        assertThat(lines("")).isEmpty();
        assertThat(lines("only\n")).containsExactly("only");
    }

    @Test
    void utf8AndMalformedBytes() throws IOException {
        assertThat(lines("宛先不明\n")).containsExactly("宛先不明");
        assertThat(lines(new byte[] {'a', (byte) 0xff, 'b', '\n'})).containsExactly("a\ufffdb");
    }

    @Test
    void overlongLinesAreCutAndTheNextLineSurvives() throws IOException {
        String huge = "x".repeat(5 * 1024 * 1024);
        List<String> out = lines(huge + "\nnext\n" + "y".repeat(LineReader.MAX_LINE + 10));
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).hasSize(LineReader.MAX_LINE);
        assertThat(out.get(1)).isEqualTo("next");
        assertThat(out.get(2)).hasSize(LineReader.MAX_LINE);
    }

    @Test
    void linesAcrossBufferBoundaries() throws IOException {
        StringBuilder sb = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; sb.length() < 3_500_000; i++) {
            String l = "line " + i + " " + "z".repeat(i % 300);
            expected.add(l);
            sb.append(l).append('\n');
        }
        assertThat(lines(sb.toString())).isEqualTo(expected);
    }
}
