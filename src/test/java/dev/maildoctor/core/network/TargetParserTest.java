package dev.maildoctor.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maildoctor.core.model.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetParserTest {
    @Test
    void ipv4IsReversedByOctet() {
        Target t = TargetParser.parse(" 153.122.40.105 ");
        assertThat(t).isInstanceOf(Target.Ipv4.class);
        assertThat(t.dnsblLabel()).isEqualTo("105.40.122.153");
        assertThat(t.display()).isEqualTo("153.122.40.105");
        assertThat(ReverseNames.ptrName(t)).isEqualTo("105.40.122.153.in-addr.arpa");
    }

    @Test
    void ipv6IsReversedByNibble() {
        Target t = TargetParser.parse("2001:DB8::1");
        assertThat(t.dnsblLabel())
                .isEqualTo("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2");
        assertThat(t.display()).isEqualTo("2001:db8::1");
    }

    @Test
    void domainsAreLowerCasedAndPunycoded() {
        Target t = TargetParser.parse("例え.JP.");
        assertThat(t).isInstanceOf(Target.Domain.class);
        assertThat(t.dnsblLabel()).isEqualTo("xn--r8jz45g.jp");
        assertThat(t.display()).isEqualTo("例え.jp");
        assertThat(TargetParser.parse("Example.COM").dnsblLabel()).isEqualTo("example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "1.2.3.999", "1.2.3", "01.2.3.4", "1.2.3.4.5", "2001:db8::zz", "a..b",
            "-a.example", "exa mple.com", "localhost", "\u0000\u0001binary", "192.0.2.1/24"})
    void rejectsBadInput(String input) {
        assertThatThrownBy(() -> TargetParser.parse(input)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsHugeInputWithoutWorkingOnIt() {
        assertThatThrownBy(() -> TargetParser.parse("a".repeat(100_000) + ".com"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).msg().key()).isEqualTo("target.error.too_long"));
    }

    @ParameterizedTest
    @CsvSource({"[2001:db8::1],2001:db8::1", "::1,::1", "2001:db8:0:0:1:0:0:1,2001:db8::1:0:0:1"})
    void ipv6Display(String in, String out) {
        assertThat(TargetParser.parse(in).display()).isEqualTo(out);
    }

}
