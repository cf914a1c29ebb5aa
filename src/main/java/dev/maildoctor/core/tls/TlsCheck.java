package dev.maildoctor.core.tls;

/** The aspects of a TLS probe that each get their own finding. */
public enum TlsCheck {
    CONNECTION, OUTBOUND_PORT_25, STARTTLS, HANDSHAKE, PROTOCOL, CHAIN, HOSTNAME, EXPIRY, SELF_SIGNED;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
