package dev.maildoctor.core.tls;

import java.security.cert.X509Certificate;
import java.util.List;

/** What a completed handshake agreed on, and the chain exactly as the server presented it. */
record Negotiated(String address, String protocol, String cipherSuite, List<X509Certificate> chain) {
    Negotiated {
        chain = List.copyOf(chain);
    }
}
