package dev.maildoctor.core.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TlsProbeRequestTest {
    @Test
    void portChoosesTheMode() {
        assertThat(TlsProbeRequest.of("mx.example.test", 25).mode()).isEqualTo(TlsMode.STARTTLS);
        assertThat(TlsProbeRequest.of("mx.example.test", 587).mode()).isEqualTo(TlsMode.STARTTLS);
        assertThat(TlsProbeRequest.of("mx.example.test", 465).mode()).isEqualTo(TlsMode.IMPLICIT);
    }

    @Test
    void defaultsAreSensible() {
        TlsProbeRequest r = TlsProbeRequest.of(" mx.example.test ", 25);
        assertThat(r.host()).isEqualTo("mx.example.test");
        assertThat(r.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(r.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(r.ehloName()).isEqualTo("maildoctor.invalid");
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> TlsProbeRequest.of("", 25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TlsProbeRequest.of("mx.example.test", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TlsProbeRequest.of("mx.example.test", 25).withEhloName("a b\r\nRCPT"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TlsProbeRequest.of("mx.example.test", 25).withTimeouts(Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
