package dev.maildoctor.core.tls;

/** How TLS is reached on a port: upgraded with SMTP STARTTLS (25, 587) or spoken from the first byte (465). */
public enum TlsMode {
    STARTTLS, IMPLICIT;

    /** Port 465 (submissions, RFC 8314) is implicit TLS; every other SMTP port upgrades with STARTTLS. */
    public static TlsMode forPort(int port) {
        return port == 465 ? IMPLICIT : STARTTLS;
    }

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
