package dev.maildoctor.core.tls;

import java.time.Duration;
import java.util.Objects;

/**
 * What to probe and how patiently. {@code host} is also the name the certificate must carry and the
 * SNI sent, so pass the MX or submission host name rather than an address when you have one.
 */
public record TlsProbeRequest(String host, int port, TlsMode mode, String ehloName,
                              Duration connectTimeout, Duration readTimeout) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Generous because postscreen and similar greeting delays hold the banner back for several seconds. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** A reserved name (RFC 2606) so server logs show plainly that this was a probe. */
    public static final String DEFAULT_EHLO_NAME = "maildoctor.invalid";

    public TlsProbeRequest {
        Objects.requireNonNull(mode, "mode");
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (ehloName == null || ehloName.isBlank() || ehloName.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("invalid EHLO name: " + ehloName);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        host = host.strip();
    }

    /** Defaults: the port's usual mode, {@link #DEFAULT_EHLO_NAME} and the default timeouts. */
    public static TlsProbeRequest of(String host, int port) {
        return new TlsProbeRequest(host, port, TlsMode.forPort(port), DEFAULT_EHLO_NAME,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    public TlsProbeRequest withMode(TlsMode newMode) {
        return new TlsProbeRequest(host, port, newMode, ehloName, connectTimeout, readTimeout);
    }

    public TlsProbeRequest withEhloName(String name) {
        return new TlsProbeRequest(host, port, mode, name, connectTimeout, readTimeout);
    }

    public TlsProbeRequest withTimeouts(Duration connect, Duration read) {
        return new TlsProbeRequest(host, port, mode, ehloName, connect, read);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
