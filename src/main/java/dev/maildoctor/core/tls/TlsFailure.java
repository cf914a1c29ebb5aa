package dev.maildoctor.core.tls;

/** Where and how a probe stopped before it could look at a certificate. */
public enum TlsFailure {
    DNS_FAILURE, REFUSED, CONNECT_TIMEOUT, UNREACHABLE, READ_TIMEOUT, GREETING_REJECTED, EHLO_REJECTED,
    NO_STARTTLS, STARTTLS_REJECTED, HANDSHAKE_FAILED, PROTOCOL_ERROR, IO_ERROR;

    /** Failures that look exactly like an ISP or cloud dropping outbound port 25. */
    boolean looksLikeBlockedPort() {
        return this == REFUSED || this == CONNECT_TIMEOUT || this == UNREACHABLE;
    }

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
