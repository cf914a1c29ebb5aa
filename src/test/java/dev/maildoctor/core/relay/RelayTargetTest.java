package dev.maildoctor.core.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maildoctor.core.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelayTargetTest {
    @ParameterizedTest
    @CsvSource({
            "relay.example.net,           relay.example.net, 587",
            "relay.example.net:465,       relay.example.net, 465",
            "[relay.example.net]:2525,    relay.example.net, 2525",
            "[relay.example.net],         relay.example.net, 587",
            "' Relay.Example.NET. ',      relay.example.net, 587",
            "192.0.2.25,                  192.0.2.25,        587",
            "192.0.2.25:25,               192.0.2.25,        25",
            "[192.0.2.25]:587,            192.0.2.25,        587",
            "[2001:DB8:0:0::25]:587,      2001:db8::25,      587",
            "[2001:db8::25],              2001:db8::25,      587",
            "例え.jp:587,                  xn--r8jz45g.jp,    587",
            "localhost:10025,             localhost,         10025",
            "relay.example.net:65535,     relay.example.net, 65535",
            "relay.example.net:1,         relay.example.net, 1"})
    void parsesTheAcceptedForms(String input, String host, int port) {
        RelayTarget target = RelayTarget.parse(input);
        assertThat(target.host()).isEqualTo(host);
        assertThat(target.port()).isEqualTo(port);
    }

    @Test
    void writesThePostfixNextHopInBrackets() {
        assertThat(RelayTarget.parse("relay.example.net").postfix()).isEqualTo("[relay.example.net]:587");
        assertThat(RelayTarget.parse("[2001:db8::25]:465").postfix()).isEqualTo("[2001:db8::25]:465");
        assertThat(RelayTarget.parse("relay.example.net:465").implicitTls()).isTrue();
        assertThat(RelayTarget.parse("relay.example.net").implicitTls()).isFalse();
        assertThat(RelayTarget.parse("192.0.2.25").isAddressLiteral()).isTrue();
        assertThat(RelayTarget.parse("[2001:db8::25]").isAddressLiteral()).isTrue();
        assertThat(RelayTarget.parse("relay.example.net").isAddressLiteral()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                            | relay.input.empty",
            "'   '                         | relay.input.empty",
            "relay.example.net:0           | relay.input.bad_port",
            "relay.example.net:65536       | relay.input.bad_port",
            "relay.example.net:            | relay.input.bad_port",
            "relay.example.net:smtp        | relay.input.bad_port",
            "relay.example.net:-1          | relay.input.bad_port",
            "[relay.example.net]x          | relay.input.bad_host",
            "[relay.example.net            | relay.input.bad_host",
            "relay..example.net            | relay.input.bad_host",
            "-relay.example.net            | relay.input.bad_host",
            "relay_1.example.net           | relay.input.bad_host",
            "relay.example.net#587         | relay.input.bad_host",
            "'relay.example .net'          | relay.input.bad_host",
            "192.0.2.256                   | relay.input.bad_address",
            "192.0.02.1                    | relay.input.bad_address",
            "1.2.3                         | relay.input.bad_host",
            "[2001:db8::zz]:587            | relay.input.bad_address",
            "2001:db8::25                  | relay.input.ipv6_brackets",
            "2001:db8::25:587              | relay.input.ipv6_brackets"})
    void rejectsBadInputWithAKey(String input, String key) {
        assertThatThrownBy(() -> RelayTarget.parse(input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.msg().key()).isEqualTo(key));
    }

    @Test
    void lineBreaksAndOverlongInputNeverGetThrough() {
        assertThatThrownBy(() -> RelayTarget.parse("relay.example.net\nrelayhost = [evil.example]"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.msg().args().get(0).toString()).doesNotContain("\n"));
        assertThatThrownBy(() -> RelayTarget.parse("a".repeat(301)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.msg().key()).isEqualTo("relay.input.too_long"));
    }

    @Test
    void theConstructorChecksAndCanonicalisesToo() {
        assertThat(new RelayTarget("RELAY.example.net.", 587).host()).isEqualTo("relay.example.net");
        assertThatThrownBy(() -> new RelayTarget("relay.example.net\n", 587)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RelayTarget("relay.example.net", 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RelayTarget(null, 587)).isInstanceOf(InvalidInputException.class);
    }
}
