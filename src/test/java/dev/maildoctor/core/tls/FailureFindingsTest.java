package dev.maildoctor.core.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureFindingsTest {
    private static List<TlsFinding> explain(int port, TlsFailure failure) {
        return FailureFindings.explain(TlsProbeRequest.of("mx.example.test", port),
                new ProbeException(failure, Stage.CONNECT, "detail", null));
    }

    @Test
    void everyWayPort25CanBeUnreachableMentionsOutboundBlocking() {
        for (TlsFailure f : List.of(TlsFailure.CONNECT_TIMEOUT, TlsFailure.REFUSED, TlsFailure.UNREACHABLE)) {
            assertThat(explain(25, f)).extracting(TlsFinding::check)
                    .as(f.name()).containsExactly(TlsCheck.CONNECTION, TlsCheck.OUTBOUND_PORT_25);
        }
    }

    @Test
    void otherPortsAndOtherFailuresDoNot() {
        assertThat(explain(587, TlsFailure.CONNECT_TIMEOUT)).extracting(TlsFinding::check)
                .containsExactly(TlsCheck.CONNECTION);
        for (TlsFailure f : List.of(TlsFailure.DNS_FAILURE, TlsFailure.NO_STARTTLS, TlsFailure.HANDSHAKE_FAILED,
                TlsFailure.READ_TIMEOUT)) {
            assertThat(explain(25, f)).extracting(TlsFinding::check).as(f.name())
                    .doesNotContain(TlsCheck.OUTBOUND_PORT_25);
        }
    }

    @Test
    void connectionTroubleIsUnknownButMissingTlsIsAFailure() {
        assertThat(explain(25, TlsFailure.CONNECT_TIMEOUT).get(0).status()).isEqualTo(Status.UNKNOWN);
        assertThat(explain(25, TlsFailure.CONNECT_TIMEOUT).get(0).message().key()).isEqualTo("tls.error.connect_timeout");
        assertThat(explain(25, TlsFailure.DNS_FAILURE).get(0).status()).isEqualTo(Status.UNKNOWN);
        assertThat(explain(25, TlsFailure.NO_STARTTLS).get(0).status()).isEqualTo(Status.FAIL);
        assertThat(explain(25, TlsFailure.STARTTLS_REJECTED).get(0).status()).isEqualTo(Status.FAIL);
        assertThat(explain(465, TlsFailure.HANDSHAKE_FAILED).get(0).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void everyFailureKindHasAFinding() {
        for (TlsFailure f : TlsFailure.values()) {
            assertThat(explain(587, f)).as(f.name()).isNotEmpty();
        }
    }
}
