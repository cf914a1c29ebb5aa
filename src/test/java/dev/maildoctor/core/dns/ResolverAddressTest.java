package dev.maildoctor.core.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResolverAddressTest {

    @ParameterizedTest
    @CsvSource({
            "192.0.2.53,               192.0.2.53,           53",
            "' 192.0.2.53 ',           192.0.2.53,           53",
            "192.0.2.53:5353,          192.0.2.53,           5353",
            "127.0.0.1:65535,          127.0.0.1,            65535",
            "[2001:db8::53]:5353,      2001:db8:0:0:0:0:0:53, 5353",
            "[2001:db8::53],           2001:db8:0:0:0:0:0:53, 53",
            "2001:db8::53,             2001:db8:0:0:0:0:0:53, 53",
            "::1,                      0:0:0:0:0:0:0:1,      53",
    })
    void parsesHostPortForms(String text, String host, int port) {
        InetSocketAddress address = ResolverAddress.parse(text);
        assertThat(address.getAddress().getHostAddress()).isEqualTo(host);
        assertThat(address.getPort()).isEqualTo(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "192.0.2.53:", "192.0.2.53:0", "192.0.2.53:65536", "192.0.2.53:-1",
            "192.0.2.53:dns", "[2001:db8::53]:", "[2001:db8::53]:70000", "[2001:db8::53", "[2001:db8::53]53", ":53", "[]:53"})
    void rejectsBadAddressesAndPorts(String text) {
        assertThatThrownBy(() -> ResolverAddress.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.53:5353", "[2001:db8::53]:53", "127.0.0.1:53"})
    void formatRoundTrips(String text) {
        InetSocketAddress address = ResolverAddress.parse(text);
        assertThat(ResolverAddress.parse(ResolverAddress.format(address))).isEqualTo(address);
    }

    @org.junit.jupiter.api.Test
    void formatsIpv6InBrackets() {
        assertThat(ResolverAddress.format(ResolverAddress.parse("192.0.2.53"))).isEqualTo("192.0.2.53:53");
        assertThat(ResolverAddress.format(ResolverAddress.parse("2001:db8::53")))
                .isEqualTo("[2001:db8:0:0:0:0:0:53]:53");
        assertThatThrownBy(() -> ResolverAddress.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
