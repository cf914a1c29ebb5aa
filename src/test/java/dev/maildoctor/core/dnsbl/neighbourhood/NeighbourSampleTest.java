package dev.maildoctor.core.dnsbl.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maildoctor.core.model.InvalidInputException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourSampleTest {
    private static Inet4Address ip(String s) throws Exception {
        return (Inet4Address) InetAddress.getByName(s);
    }

    @Test
    void spreadsThirtyTwoAddressesOverTheSlash24WithoutTheTarget() throws Exception {
        Inet4Address target = ip("153.122.40.105");
        Ipv4Range range = Ipv4Range.of(target, 24);
        List<Inet4Address> sample = NeighbourSample.choose(range, target, 32);
        assertThat(sample).hasSize(32).doesNotContain(target).doesNotHaveDuplicates();
        assertThat(sample).allMatch(range::contains);
        assertThat(sample).noneMatch(a -> a.getHostAddress().endsWith(".0") || a.getHostAddress().endsWith(".255"));
        long lowHalf = sample.stream().filter(a -> (a.getAddress()[3] & 0xff) < 128).count();
        assertThat(lowHalf).isBetween(14L, 18L);
    }

    @Test
    void takesTheWholeRangeWhenAskedForMore() throws Exception {
        Inet4Address target = ip("192.0.2.10");
        List<Inet4Address> sample = NeighbourSample.choose(Ipv4Range.of(target, 24), target, 1000);
        assertThat(new HashSet<>(sample)).hasSize(253);
    }

    @Test
    void rangeParsing() {
        Ipv4Range r = Ipv4Range.parse("153.122.40.77/23");
        assertThat(r.toString()).isEqualTo("153.122.40.0/23");
        assertThat(r.size()).isEqualTo(512);
        assertThatThrownBy(() -> Ipv4Range.parse("153.122.0.0/8")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ipv4Range.parse("2001:db8::/64")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ipv4Range.parse("banana")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ipv4Range.parse("1.2.3.4/x")).isInstanceOf(InvalidInputException.class);
    }
}
