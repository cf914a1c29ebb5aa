package dev.maildoctor.core.spf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.testing.FakeDnsServer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpfEvaluatorTest {
    private FakeDnsServer server;
    private SpfEvaluator evaluator;

    @BeforeEach
    void start() {
        server = new FakeDnsServer();
        evaluator = new SpfEvaluator(new DnsjavaDns(List.of(server.address()), Duration.ofMillis(500), 16));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SpfCheck check(String ip, String mailFrom) throws Exception {
        return evaluator.checkMailFrom(InetAddress.getByName(ip), mailFrom, "mail.example.com")
                .toCompletableFuture().join();
    }

    @Test
    void theTreeShowsEveryIncludeAndRedirectWithItsOwnLookups() throws Exception {
        server.add("example.com", "TXT", "v=spf1 include:_spf.example.net mx redirect=_spf.example.org")
                .add("_spf.example.net", "TXT", "v=spf1 a:relay.example.net -all")
                .add("relay.example.net", "A", "192.0.2.1")
                .add("_spf.example.org", "TXT", "v=spf1 ip4:198.51.100.0/24 -all")
                .add("example.com", "MX", "10 mx.example.com.")
                .add("mx.example.com", "A", "203.0.113.9");

        SpfCheck check = check("198.51.100.7", "user@example.com");

        assertThat(check.result()).isEqualTo(SpfResult.PASS);
        assertThat(check.lookups()).isEqualTo(4);
        assertThat(check.voidLookups()).isZero();
        SpfNode tree = check.tree();
        assertThat(tree.lookups()).isEqualTo(3);
        assertThat(tree.totalLookups()).isEqualTo(4);
        assertThat(tree.steps()).extracting(SpfStep::term).containsExactly("include:_spf.example.net", "mx");
        assertThat(tree.children()).extracting(SpfNode::domain, SpfNode::via, SpfNode::result).containsExactly(
                org.assertj.core.groups.Tuple.tuple("_spf.example.net", "include", SpfResult.FAIL),
                org.assertj.core.groups.Tuple.tuple("_spf.example.org", "redirect", SpfResult.PASS));
        assertThat(tree.children().get(0).lookups()).isEqualTo(1);
    }

    @Test
    void moreThanTenLookupsIsAPermerrorWithTheReasonAsAMessage() throws Exception {
        StringBuilder record = new StringBuilder("v=spf1");
        for (int i = 0; i < 11; i++) {
            record.append(" a:h").append(i).append(".example.com");
            server.add("h" + i + ".example.com", "A", "192.0.2." + (i + 1));
        }
        server.add("example.com", "TXT", record.append(" -all").toString());

        SpfCheck check = check("203.0.113.1", "user@example.com");

        assertThat(check.result()).isEqualTo(SpfResult.PERMERROR);
        assertThat(check.lookups()).isEqualTo(11);
        assertThat(check.problems()).contains(Msg.of("spf.eval.too_many_lookups", 10));
    }

    @Test
    void aThirdVoidLookupIsAPermerror() throws Exception {
        server.add("example.com", "TXT", "v=spf1 a:gone1.example.com a:gone2.example.com a:gone3.example.com -all");

        SpfCheck check = check("192.0.2.1", "user@example.com");

        assertThat(check.result()).isEqualTo(SpfResult.PERMERROR);
        assertThat(check.voidLookups()).isEqualTo(3);
        assertThat(check.problems()).extracting(Msg::key).contains("spf.eval.too_many_void");
    }

    @Test
    void aFailCarriesTheExpandedExplanationAndTimeoutsGiveTemperror() throws Exception {
        server.add("example.com", "TXT", "v=spf1 -all exp=why.example.com")
                .add("why.example.com", "TXT", "%{i} may not send for %{d}")
                .add("slow.example.com", "TXT", "v=spf1 include:dead.example.com -all")
                .timeout("dead.example.com");

        SpfCheck fail = check("192.0.2.1", "user@example.com");
        assertThat(fail.result()).isEqualTo(SpfResult.FAIL);
        assertThat(fail.explanation()).contains("192.0.2.1 may not send for example.com");

        SpfCheck temp = check("192.0.2.1", "user@slow.example.com");
        assertThat(temp.result()).isEqualTo(SpfResult.TEMPERROR);
        assertThat(temp.explanation()).isEmpty();
    }

    @Test
    void aRecordWithASyntaxErrorIsAPermerrorBeforeAnyTermIsEvaluated() throws Exception {
        server.add("example.com", "TXT", "v=spf1 +all ip4:192.0.2.300");

        SpfCheck check = check("192.0.2.1", "user@example.com");

        assertThat(check.result()).isEqualTo(SpfResult.PERMERROR);
        assertThat(check.tree().steps()).isEmpty();
        assertThat(check.problems()).containsExactly(Msg.of("spf.eval.bad_term", "ip4:192.0.2.300"));
    }

    @Test
    void macrosExpandAsRfc7208Section7Shows() throws Exception {
        SpfMacros.Values v = new SpfMacros.Values(InetAddress.getByName("192.0.2.3"), "strong-bad@email.example.com",
                "strong-bad", "email.example.com", "email.example.com", "mx.example.org", null, "unknown", 0);
        assertThat(SpfMacros.expand("%{ir}.%{v}._spf.%{d2}", v, false)).isEqualTo("3.2.0.192.in-addr._spf.example.com");
        assertThat(SpfMacros.expand("%{lr-}.lp._spf.%{d2}", v, false)).isEqualTo("bad.strong.lp._spf.example.com");
        assertThat(SpfMacros.expand("%{l1r-}.lp._spf.%{d2}", v, false)).isEqualTo("strong.lp._spf.example.com");
        assertThat(SpfMacros.expand("%{d2}%%%_%-", v, false)).isEqualTo("example.com% %20");
        assertThat(SpfMacros.expand("%{S}", v, false)).isEqualTo("strong-bad%40email.example.com");
    }
}
