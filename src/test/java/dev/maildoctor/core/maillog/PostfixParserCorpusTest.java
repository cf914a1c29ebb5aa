package dev.maildoctor.core.maillog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test tables of msimerson/postfix-parser (BSD-2-Clause, copied under src/test/resources/corpora):
 * whole syslog lines (or null for lines that are not Postfix's or are cut off) and message parts per
 * program with the key/value pairs they carry.
 */
class PostfixParserCorpusTest {
    record Case(String name, String type, String line, JsonNode obj) {
        @Override
        public String toString() {
            return type + ": " + name;
        }

        String field(String key) {
            JsonNode n = obj == null ? null : obj.get(key);
            return n == null || n.isNull() ? null : n.asText();
        }
    }

    private static JsonNode corpus() throws IOException {
        try (InputStream in = PostfixParserCorpusTest.class.getResourceAsStream(
                CorpusLines.CORPUS + "msimerson-postfix-parser/postfix-parser-cases.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Case of(JsonNode n, String type) {
        JsonNode obj = n.get("obj");
        String name = n.has("name") ? n.get("name").asText() : n.path("desc").asText("");
        return new Case(name, type, n.get("line").asText(), obj == null || obj.isNull() ? null : obj);
    }

    static Stream<Case> syslogLines() throws IOException {
        List<Case> out = new ArrayList<>();
        corpus().get("syslogLines").forEach(n -> out.add(of(n, "syslog")));
        return out.stream();
    }

    static Stream<Case> postfixLines() throws IOException {
        List<Case> out = new ArrayList<>();
        corpus().get("postfixLines").forEach(n -> out.add(of(n, n.get("type").asText())));
        return out.stream();
    }

    @Test
    void theCorpusIsThere() throws IOException {
        assertThat(syslogLines().count()).isEqualTo(10);
        assertThat(postfixLines().count()).isGreaterThan(50);
    }

    @ParameterizedTest
    @MethodSource("syslogLines")
    void wholeSyslogLines(Case c) {
        CorpusLines p = new CorpusLines();
        boolean postfix = p.prefix.parse(c.line());
        if (c.obj() == null) {
            boolean cutDelivery = postfix && p.prefix.daemon.delivers
                    && !p.delivery.parse(c.line(), c.line().indexOf("to=", p.prefix.messageStart));
            assertThat(!postfix || cutDelivery).as("not a usable Postfix line").isTrue();
            return;
        }
        assertThat(postfix).isTrue();
        String prog = c.field("prog");
        String daemon = prog.substring(prog.lastIndexOf('/') + 1);
        assertThat(p.prefix.daemon).isEqualTo(Daemon.of(daemon, 0, daemon.length(), true));
        assertThat(p.queueId(c.line())).isEqualTo(c.field("qid"));
        checkDelivery(p, c, c.line());
    }

    @ParameterizedTest
    @MethodSource("postfixLines")
    void messageParts(Case c) {
        if (!c.type().startsWith("postfix/")) {
            return; // the "syslog" and "empty" rows are whole lines, covered above
        }
        CorpusLines p = new CorpusLines();
        String line = CorpusLines.syslog(c.type(), c.line());
        assertThat(p.queueId(line)).isEqualTo(CorpusLines.expectedLeadingId(c.line(), c.field("qid")));
        checkDelivery(p, c, line);
        String remote = c.field("host") != null ? c.field("host") : c.field("mx");
        if (remote != null) {
            assertThat(ResponseText.remoteHost(c.line())).isEqualTo(CorpusLines.relayHost(remote));
        }
    }

    private static void checkDelivery(CorpusLines p, Case c, String line) {
        String status = c.field("status");
        if (c.field("to") == null || status == null) {
            return;
        }
        DeliveryStatus expected = CorpusLines.status(status.split(" ")[0]);
        assertThat(p.delivery.parse(line, line.indexOf("to=", p.prefix.messageStart))).isTrue();
        assertThat(p.delivery.status).isEqualTo(expected);
        assertThat(p.delivery.recipient()).isEqualTo(c.field("to"));
        assertThat(p.delivery.relayHost()).isEqualTo(CorpusLines.relayHost(c.field("relay")));
        assertThat(p.delivery.dsn()).isEqualTo(c.field("dsn"));
        if (status.contains("(") && !status.startsWith("forwarded")) {
            assertThat(p.delivery.response()).isEqualTo(status.substring(status.indexOf('(') + 1, status.length() - 1));
        }
    }
}
