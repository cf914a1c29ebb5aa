package dev.maildoctor.core.maillog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test cases of postfix-grok-patterns (BSD-3-Clause, copied under src/test/resources/corpora):
 * each is one Postfix message part with the fields Logstash must extract. Our parser is checked on
 * the fields it uses: queue id, delivery status, recipient, relay, dsn, the remote response, and
 * the remote host and reply code a response names.
 */
class PostfixGrokCorpusTest {
    private static final Pattern PATTERN = Pattern.compile("\\^%\\{POSTFIX_([A-Z_]+)}");
    private static final List<String> PROGRAMS = List.of("smtp", "smtpd", "qmgr", "cleanup", "bounce", "local",
            "pipe", "lmtp", "error", "discard", "virtual", "pickup", "postsuper", "postscreen", "anvil", "master",
            "scache", "tlsmgr", "tlsproxy", "trivial_rewrite", "verify", "dnsblog", "postdrop", "postmap", "sendmail");

    /** Cases whose grok pattern does not capture the queue id that starts the message. */
    private static final List<String> ID_NOT_CAPTURED = List.of("smtp_0031.yaml");
    private static final Pattern RAW_QUEUE_ID = Pattern.compile("(?m)^\\s+postfix_queueid:\\s*\"?([^\"\\s]+)");

    /**
     * @param queueId as written in the file (a YAML reader turns "413E164734" into a number)
     */
    record Case(String name, String program, String data, JsonNode results, String queueId) {
        @Override
        public String toString() {
            return name;
        }

        String field(String key) {
            JsonNode n = results.get(key);
            return n == null || n.isNull() ? null : n.asText();
        }
    }

    static Stream<Case> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(PostfixGrokCorpusTest.class.getResource(CorpusLines.CORPUS + "postfix-grok-patterns").toURI());
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode node = yaml.readTree(f.toFile());
                Matcher id = RAW_QUEUE_ID.matcher(Files.readString(f));
                String queueId = id.find() ? id.group(1) : null;
                Matcher m = PATTERN.matcher(node.get("pattern").asText());
                if (!m.find()) {
                    continue;
                }
                String program = m.group(1).toLowerCase(Locale.ROOT);
                if (PROGRAMS.contains(program)) {
                    out.add(new Case(f.getFileName().toString(), program.replace('_', '-'), node.get("data").asText(),
                            node.get("results"), queueId));
                }
            }
        }
        return out.stream();
    }

    @Test
    void theCorpusIsThere() throws Exception {
        assertThat(cases().count()).isGreaterThan(150);
        assertThat(cases().filter(c -> c.field("postfix_status") != null).count()).isGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void queueIdAndProgram(Case c) {
        CorpusLines p = new CorpusLines();
        String line = CorpusLines.syslog("postfix/" + c.program(), c.data());
        String expected = ID_NOT_CAPTURED.contains(c.name()) ? c.data().substring(0, c.data().indexOf(':'))
                : CorpusLines.expectedLeadingId(c.data(), c.queueId());
        assertThat(p.queueId(line)).isEqualTo(expected);
        assertThat(p.prefix.daemon).isEqualTo(Daemon.of(c.program(), 0, c.program().length(), true));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void deliveryFields(Case c) {
        String statusWord = c.field("postfix_status");
        CorpusLines p = new CorpusLines();
        String line = CorpusLines.syslog("postfix/" + c.program(), c.data());
        p.queueId(line);
        if (statusWord == null || !p.prefix.daemon.delivers) {
            return;
        }
        int to = line.indexOf("to=", p.prefix.messageStart);
        DeliveryStatus status = CorpusLines.status(statusWord);
        assertThat(p.delivery.parse(line, to)).isEqualTo(status != null);
        if (status == null) {
            return;
        }
        assertThat(p.delivery.status).isEqualTo(status);
        String kv = c.field("postfix_keyvalue_data");
        Matcher rcpt = Pattern.compile("to=<?([^>,]*)>?,").matcher(kv);
        assertThat(rcpt.find()).isTrue();
        assertThat(p.delivery.recipient()).isEqualTo(rcpt.group(1));
        Matcher relay = Pattern.compile("relay=([^,]*),").matcher(kv);
        assertThat(relay.find()).isTrue();
        assertThat(p.delivery.relayHost()).isEqualTo(CorpusLines.relayHost(relay.group(1)));
        Matcher dsn = Pattern.compile("dsn=([^,]*)").matcher(kv);
        assertThat(p.delivery.dsn()).isEqualTo(dsn.find() ? dsn.group(1) : "");
        for (String key : List.of("postfix_smtp_response", "postfix_local_response", "postfix_pipe_response",
                "postfix_error_response")) {
            if (c.field(key) != null) {
                assertThat(p.delivery.response()).isEqualTo(c.field(key));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void remoteHostAndReplyCodeOfResponses(Case c) {
        String host = c.field("postfix_relay_hostname");
        String response = c.field("postfix_smtp_response");
        int colon = c.data().indexOf(": ");
        String message = colon > 0 && c.queueId() != null ? c.data().substring(colon + 2) : c.data();
        if (host != null && Stream.of("host ", "connect to ", "with ").anyMatch(l -> message.contains(l + host + "["))) {
            assertThat(ResponseText.remoteHost(message)).isEqualTo(host);
        }
        if (response != null && response.matches("[245]\\d\\d[ -].*")) {
            String said = c.field("postfix_status") != null ? response : message;
            assertThat(ResponseText.replyCode(said)).isEqualTo(Integer.parseInt(response.substring(0, 3)));
        }
    }

    @Test
    void theWholeCorpusAsOneLog() throws Exception {
        StringBuilder log = new StringBuilder();
        List<Case> all = cases().toList();
        for (Case c : all) {
            // Postfix writes control characters of a message as text, one line per message
            String data = c.data().replace("\r", "\\r").replace("\n", "\\n");
            log.append(CorpusLines.syslog("postfix/" + c.program(), data)).append('\n');
        }
        MaillogSummary s;
        try (InputStream in = new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8))) {
            s = new MaillogAnalyzer().analyze(in, LocalDate.of(2026, 12, 1), () -> false);
        }
        assertThat(s.lines()).isEqualTo(all.size());
        assertThat(s.postfixLines()).isEqualTo(all.size());
        // the tls_features cases are smtp lines too, checked for other fields than their status
        long delivered = all.stream().filter(c -> c.data().contains(", status=sent (")).count();
        long bounced = all.stream().filter(c -> "bounced".equals(c.field("postfix_status"))).count();
        assertThat(delivered).isGreaterThan(all.stream().filter(c -> "sent".equals(c.field("postfix_status"))).count());
        assertThat(s.count(DeliveryStatus.SENT)).isEqualTo(delivered);
        assertThat(s.count(DeliveryStatus.BOUNCED)).isEqualTo(bounced);
        assertThat(s.expired()).isEqualTo(2);
        assertThat(s.recipientDomains()).contains("gmail.com", "yahoo.com", "example.com", "localhost");
    }
}
