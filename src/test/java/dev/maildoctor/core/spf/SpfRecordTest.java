package dev.maildoctor.core.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpfRecordTest {
    @Test
    void recognisesOnlyTheExactVersionToken() {
        assertThat(SpfRecord.isSpf("v=spf1 -all")).isTrue();
        assertThat(SpfRecord.isSpf("V=SPF1 -all")).isTrue();
        assertThat(SpfRecord.isSpf("v=spf1")).isTrue();
        assertThat(SpfRecord.isSpf("v=spf10 -all")).isFalse();
        assertThat(SpfRecord.isSpf(" v=spf1 -all")).isFalse();
        assertThat(SpfRecord.isSpf("v=spf2.0/pra -all")).isFalse();
        assertThat(SpfRecord.isSpf("google-site-verification=abc")).isFalse();
        assertThat(SpfRecord.among(List.of("x=y", "v=spf1 mx -all", "v=spf1 -all"))).hasSize(2);
    }

    @Test
    void splitsTermsAndKnowsTheirParts() {
        SpfRecord r = SpfRecord.parse("v=spf1  a:mail.example.com/24 -INCLUDE:_spf.example.net ~all exp=explain.%{d}");
        assertThat(r.terms()).extracting(SpfTerm::text)
                .containsExactly("a:mail.example.com/24", "-INCLUDE:_spf.example.net", "~all", "exp=explain.%{d}");
        SpfTerm include = r.terms().get(1);
        assertThat(include.name()).isEqualTo("include");
        assertThat(include.qualifier()).isEqualTo('-');
        assertThat(include.argument()).contains("_spf.example.net");
        assertThat(include.queriesDns()).isTrue();
        assertThat(r.terms().get(0).queriesDns()).isTrue();
        assertThat(r.terms().get(0).qualifier()).isEqualTo('+');
        assertThat(r.terms().get(3).isModifier("exp")).isTrue();
        assertThat(r.terms().get(3).queriesDns()).isFalse();
        assertThat(r.all()).map(SpfTerm::text).contains("~all");
        assertThat(r.all().get().offset()).isEqualTo(r.text().indexOf("~all"));
        assertThat(SpfRecord.parse("v=spf1 redirect=_spf.example.com").redirect().get().queriesDns()).isTrue();
        assertThat(new SpfTerm("ip4:192.0.2.1", 0).queriesDns()).isFalse();
        assertThat(new SpfTerm("all", 0).explicitQualifier()).isFalse();
        assertThat(new SpfTerm("+all", 0).explicitQualifier()).isTrue();
    }

    @Test
    void insertsBeforeAllKeepingEverythingElseAsWritten() {
        assertThat(SpfRecord.parse("v=spf1  mx   -all").withTerms(List.of("ip4:192.0.2.25", "ip6:2001:db8::25")))
                .isEqualTo("v=spf1  mx   ip4:192.0.2.25 ip6:2001:db8::25 -all");
        assertThat(SpfRecord.parse("v=spf1 mx ?all exp=x.example").withTerms(List.of("include:r.example")))
                .isEqualTo("v=spf1 mx include:r.example ?all exp=x.example");
        assertThat(SpfRecord.parse("v=spf1 mx redirect=_spf.example.com").withTerms(List.of("ip4:192.0.2.25")))
                .isEqualTo("v=spf1 mx ip4:192.0.2.25 redirect=_spf.example.com");
        assertThat(SpfRecord.parse("v=spf1 mx").withTerms(List.of("ip4:192.0.2.25")))
                .isEqualTo("v=spf1 mx ip4:192.0.2.25");
        assertThat(SpfRecord.parse("v=spf1 mx ").withTerms(List.of("ip4:192.0.2.25")))
                .isEqualTo("v=spf1 mx ip4:192.0.2.25");
        assertThat(SpfRecord.parse("v=spf1 -all").withTerms(List.of())).isEqualTo("v=spf1 -all");
    }

    @Test
    void cidrCoverage() {
        assertThat(Cidr.parse("192.0.2.0/24", false).get().contains(address("192.0.2.25"))).isTrue();
        assertThat(Cidr.parse("192.0.2.0/25", false).get().contains(address("192.0.2.200"))).isFalse();
        assertThat(Cidr.parse("2001:db8::/32", true).get().contains(address("2001:db8:1::25"))).isTrue();
        assertThat(Cidr.parse("2001:db8::/32", true).get().contains(address("192.0.2.25"))).isFalse();
        assertThat(Cidr.parse("192.0.2.0/33", false)).isEmpty();
        assertThat(Cidr.parse("mail.example.com", false)).isEmpty();
    }

    private static java.net.InetAddress address(String literal) {
        try {
            return java.net.InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
