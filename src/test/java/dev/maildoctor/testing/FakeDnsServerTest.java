package dev.maildoctor.testing;

import static dev.maildoctor.testing.FakeDnsServer.rr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

class FakeDnsServerTest {
    private final FakeDnsServer dns = new FakeDnsServer();

    @AfterEach
    void stop() {
        dns.close();
    }

    private SimpleResolver resolver(boolean tcp) {
        SimpleResolver resolver = new SimpleResolver(dns.address());
        resolver.setTCP(tcp);
        resolver.setIgnoreTruncation(true);
        resolver.setTimeout(Duration.ofSeconds(1));
        return resolver;
    }

    private Message ask(String name, String type) throws IOException {
        return ask(name, type, false);
    }

    private Message ask(String name, String type, boolean tcp) throws IOException {
        return ask(name, type, resolver(tcp));
    }

    private static Message ask(String name, String type, SimpleResolver resolver) throws IOException {
        Record question = Record.newRecord(Name.fromString(name), Type.value(type), DClass.IN);
        return resolver.send(Message.newQuery(question));
    }

    private static List<String> answers(Message m) {
        return m.getSection(Section.ANSWER).stream().map(Record::rdataToString).toList();
    }

    @Test
    void servesRecordsCaseInsensitivelyWithOrWithoutTrailingDot() throws IOException {
        dns.add("2.0.0.127.Zen.Test.", "A", "127.0.0.2")
                .add("2.0.0.127.zen.test", "TXT", "listed; see https://example.test/lookup")
                .add("mail.example.test", "MX", "10 mx.example.test.")
                .add("mail.example.test", "AAAA", "2001:db8::25");

        Message a = ask("2.0.0.127.ZEN.test.", "A");
        assertThat(a.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(a.getHeader().getFlag(Flags.QR)).isTrue();
        assertThat(answers(a)).containsExactly("127.0.0.2");
        TXTRecord txt = (TXTRecord) ask("2.0.0.127.zen.test.", "TXT").getSection(Section.ANSWER).get(0);
        assertThat(txt.getStrings()).containsExactly("listed; see https://example.test/lookup");
        assertThat(answers(ask("mail.example.test.", "MX"))).containsExactly("10 mx.example.test.");
        assertThat(answers(ask("mail.example.test.", "AAAA"))).containsExactly("2001:db8:0:0:0:0:0:25");
    }

    @Test
    void nxdomainForUnknownNamesAndNodataForMissingTypes() throws IOException {
        dns.add("a.b.example.test", "A", "192.0.2.1");

        assertThat(ask("nothing.example.test.", "A").getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(ask("under.no.zone.invalid.", "A").getRcode()).isEqualTo(Rcode.NXDOMAIN);
        Message nodata = ask("a.b.example.test.", "TXT");
        assertThat(nodata.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(nodata.getSection(Section.ANSWER)).isEmpty();
        Message emptyNonTerminal = ask("b.example.test.", "A");
        assertThat(emptyNonTerminal.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(emptyNonTerminal.getSection(Section.ANSWER)).isEmpty();
    }

    @Test
    void longTxtIsSplitIntoStringsOf255AndQuotedTxtIsParsed() throws IOException {
        String spf = "v=spf1 " + "ip4:192.0.2.0/24 ".repeat(30) + "-all";
        dns.add("long.example.test", "TXT", spf).add("two.example.test", "TXT", "\"first\" \"second\"");

        TXTRecord longTxt = (TXTRecord) ask("long.example.test.", "TXT", true).getSection(Section.ANSWER).get(0);
        assertThat(longTxt.getStrings()).hasSize(3);
        assertThat(String.join("", longTxt.getStrings())).isEqualTo(spf);
        TXTRecord two = (TXTRecord) ask("two.example.test.", "TXT").getSection(Section.ANSWER).get(0);
        assertThat(two.getStrings()).containsExactly("first", "second");
    }

    @Test
    void answerUnderComputesRecordsForManyNames() throws IOException {
        dns.answerUnder("zen.test", relative -> relative.endsWith(".127")
                ? List.of(rr("A", "127.0.0." + relative.substring(0, relative.indexOf('.'))), rr("TXT", relative))
                : relative.isEmpty() ? List.of() : null);

        assertThat(answers(ask("4.0.0.127.zen.test.", "A"))).containsExactly("127.0.0.4");
        assertThat(answers(ask("9.0.0.127.zen.test.", "TXT"))).containsExactly("\"9.0.0.127\"");
        assertThat(ask("1.2.0.192.zen.test.", "A").getRcode()).isEqualTo(Rcode.NXDOMAIN);
        Message apex = ask("zen.test.", "A");
        assertThat(apex.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(apex.getSection(Section.ANSWER)).isEmpty();
    }

    @Test
    void faultsApplyPerNameAndPerSuffixMostSpecificFirst() throws IOException {
        dns.add("ok.broken.test", "A", "192.0.2.1")
                .add("x.refusing.test", "A", "192.0.2.2")
                .servfail("*.broken.test")
                .refused("*.refusing.test")
                .servfail("x.refusing.test")
                .clearFaults()
                .servfail("*.broken.test")
                .refused("x.refusing.test");

        assertThat(ask("ok.broken.test.", "A").getRcode()).isEqualTo(Rcode.SERVFAIL);
        assertThat(ask("broken.test.", "A").getRcode()).isEqualTo(Rcode.SERVFAIL);
        assertThat(ask("x.refusing.test.", "A").getRcode()).isEqualTo(Rcode.REFUSED);
        assertThat(ask("y.refusing.test.", "A").getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void timeoutNeverAnswers() {
        dns.add("slow.example.test", "A", "192.0.2.1").timeout("slow.example.test");
        SimpleResolver impatient = resolver(false);
        impatient.setTimeout(Duration.ofMillis(300));

        assertThatThrownBy(() -> ask("slow.example.test.", "A", impatient)).isInstanceOf(IOException.class);
        assertThat(dns.queryCount("slow.example.test")).isEqualTo(1);
    }

    @Test
    void aTypedTimeoutDropsOnlyThatTypeOfQuestion() throws IOException {
        dns.add("half.example.test", "A", "192.0.2.1").add("half.example.test", "TXT", "v=spf1 -all")
                .timeout("half.example.test", "txt");
        SimpleResolver impatient = resolver(false);
        impatient.setTimeout(Duration.ofMillis(300));

        assertThat(answers(ask("half.example.test.", "A"))).containsExactly("192.0.2.1");
        assertThatThrownBy(() -> ask("half.example.test.", "TXT", impatient)).isInstanceOf(IOException.class);
    }

    @Test
    void cnamesAreFollowedOnlyWhenAskedToAndLoopsGiveServfail() throws IOException {
        dns.add("alias.example.test", "CNAME", "target.example.test.").add("target.example.test", "TXT", "hello")
                .add("loop1.example.test", "CNAME", "loop2.example.test.")
                .add("loop2.example.test", "CNAME", "loop1.example.test.");
        Message plain = ask("alias.example.test.", "TXT");
        assertThat(plain.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(answers(plain)).isEmpty();

        dns.followCnames();
        Message followed = ask("alias.example.test.", "TXT");
        assertThat(answers(followed)).containsExactly("target.example.test.", "\"hello\"");
        assertThat(answers(ask("alias.example.test.", "CNAME"))).containsExactly("target.example.test.");
        assertThat(ask("loop1.example.test.", "A").getRcode()).isEqualTo(Rcode.SERVFAIL);
    }

    @Test
    void namesAndTxtMayCarryAnyOctet() throws IOException {
        dns.add("with space.example.test", "A", "192.0.2.7").add("octets.example.test", "TXT", "\"a\\128b\" \"\"");

        assertThat(answers(ask("with\\032space.example.test.", "A"))).containsExactly("192.0.2.7");
        TXTRecord txt = (TXTRecord) ask("octets.example.test.", "TXT").getSection(Section.ANSWER).get(0);
        assertThat(txt.getStringsAsByteArrays()).hasSize(2);
        assertThat(txt.getStringsAsByteArrays().get(0)).containsExactly('a', 0x80, 'b');
    }

    @Test
    void truncatedOverUdpAndCompleteOverTcp() throws IOException {
        dns.add("big.example.test", "A", "192.0.2.1").truncate("*.example.test");

        Message udp = ask("big.example.test.", "A", false);
        assertThat(udp.getHeader().getFlag(Flags.TC)).isTrue();
        assertThat(udp.getSection(Section.ANSWER)).isEmpty();
        Message tcp = ask("big.example.test.", "A", true);
        assertThat(tcp.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(answers(tcp)).containsExactly("192.0.2.1");
        assertThat(dns.queries()).extracting(FakeDnsServer.Query::transport).containsExactly("udp", "tcp");
        assertThat(dns.queries()).extracting(FakeDnsServer.Query::name).containsOnly("big.example.test");
    }

    @Test
    void tcpConnectionCarriesSeveralQuestions() throws Exception {
        dns.add("one.example.test", "A", "192.0.2.1").add("two.example.test", "A", "192.0.2.2");
        SimpleResolver resolver = resolver(true);
        List<CompletableFuture<Message>> pending = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = (i % 2 == 0 ? "one" : "two") + ".example.test.";
            pending.add(resolver.sendAsync(Message.newQuery(
                    Record.newRecord(Name.fromString(name), Type.A, DClass.IN))).toCompletableFuture());
        }
        for (int i = 0; i < 20; i++) {
            assertThat(answers(pending.get(i).get(5, TimeUnit.SECONDS)))
                    .containsExactly(i % 2 == 0 ? "192.0.2.1" : "192.0.2.2");
        }
        assertThat(dns.queries()).extracting(FakeDnsServer.Query::transport).containsOnly("tcp");
    }

    @Test
    void delaysAreScheduledSoManySlowQuestionsOverlap() throws Exception {
        dns.answerUnder("scan.test", relative -> List.of(rr("A", "127.0.0.2"))).delay(Duration.ofMillis(100));
        int count = 500;
        try (DatagramSocket client = new DatagramSocket()) {
            client.setReceiveBufferSize(4 << 20);
            client.setSoTimeout(5000);
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Record question = Record.newRecord(Name.fromString(i + ".scan.test."), Type.A, DClass.IN);
                byte[] wire = Message.newQuery(question).toWire();
                client.send(new DatagramPacket(wire, wire.length, dns.address()));
            }
            byte[] buffer = new byte[4096];
            for (int i = 0; i < count; i++) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                client.receive(packet);
                Message reply = new Message(Arrays.copyOf(packet.getData(), packet.getLength()));
                assertThat(answers(reply)).containsExactly("127.0.0.2");
            }
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            // Answered one after another this would take 50 s; scheduled, about 100 ms plus overhead.
            assertThat(elapsedMs).isBetween(100L, 1500L);
        }
        assertThat(dns.queryCount("scan.test")).isEqualTo(count);
        assertThat(dns.peakConcurrency("scan.test")).isGreaterThan(100);
        assertThat(dns.peakConcurrency("other.test")).isZero();
    }

    @Test
    void mostSpecificDelayWins() throws IOException {
        dns.add("a.fast.test", "A", "192.0.2.9")
                .add("b.fast.test", "A", "192.0.2.10")
                .delay(Duration.ofSeconds(30))
                .delay("*.fast.test", Duration.ZERO)
                .delay("b.fast.test", Duration.ofSeconds(30));

        SimpleResolver impatient = resolver(false);
        impatient.setTimeout(Duration.ofMillis(300));

        assertThat(answers(ask("a.fast.test.", "A", impatient))).containsExactly("192.0.2.9");
        assertThatThrownBy(() -> ask("b.fast.test.", "A", impatient)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ask("c.slow.test.", "A", impatient)).isInstanceOf(IOException.class);
    }

    @Test
    void peakConcurrencyCountsOnlyOverlappingQuestions() throws IOException {
        dns.add("a.seq.test", "A", "192.0.2.1").delay(Duration.ofMillis(20));
        for (int i = 0; i < 5; i++) {
            ask("a.seq.test.", "A");
        }
        assertThat(dns.queryCount("seq.test")).isEqualTo(5);
        assertThat(dns.queryCount("SEQ.test.")).isEqualTo(5);
        assertThat(dns.peakConcurrency("seq.test")).isEqualTo(1);
    }

    @Test
    void listensOnOnePortForUdpAndTcp() {
        assertThat(dns.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(dns.address().getPort()).isPositive();
        try (FakeDnsServer other = new FakeDnsServer()) {
            assertThat(other.address().getPort()).isNotEqualTo(dns.address().getPort());
        }
    }
}
