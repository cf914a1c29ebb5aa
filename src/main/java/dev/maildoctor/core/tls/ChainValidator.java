package dev.maildoctor.core.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Validates a chain the way a sending MTA or mail client would (PKIX against a trust store), after
 * the handshake, so that an untrusted chain becomes a finding with a reason rather than a failed
 * connection. Host names are checked separately by {@link HostnameMatcher}.
 */
public final class ChainValidator {
    /** TLS 1.3 has no key-exchange auth type; "UNKNOWN" is what the JDK itself passes then. */
    private static final String AUTH_TYPE = "UNKNOWN";

    private final X509TrustManager trustManager;

    public ChainValidator(X509TrustManager trustManager) {
        this.trustManager = trustManager;
    }

    /** The JDK's default trust store (cacerts, or what javax.net.ssl.trustStore points at). */
    public static ChainValidator systemDefault() {
        return trusting(null);
    }

    /** Trusts exactly the certificates in {@code trustStore}; {@code null} means the system default. */
    public static ChainValidator trusting(KeyStore trustStore) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore);
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509TrustManager x509) {
                    return new ChainValidator(x509);
                }
            }
            throw new IllegalStateException("no X509TrustManager available");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load trust store", e);
        }
    }

    public ChainVerdict validate(List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            return ChainVerdict.rejected(ChainProblem.OTHER, "no certificate presented");
        }
        try {
            trustManager.checkServerTrusted(chain.toArray(X509Certificate[]::new), AUTH_TYPE);
            return ChainVerdict.ok();
        } catch (CertificateException | RuntimeException e) {
            return ChainVerdict.rejected(classify(e), detail(e));
        }
    }

    private static ChainProblem classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException) {
                return ChainProblem.EXPIRED;
            }
            if (t instanceof CertificateNotYetValidException) {
                return ChainProblem.NOT_YET_VALID;
            }
            if (t instanceof CertPathBuilderException) {
                return ChainProblem.UNKNOWN_ISSUER;
            }
        }
        return ChainProblem.OTHER;
    }

    /** The innermost message is the specific one ("NotAfter: ..."), the outer ones only wrap it. */
    private static String detail(Throwable e) {
        String detail = e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                detail = t.getMessage();
            }
        }
        return detail != null ? detail : e.getClass().getSimpleName();
    }
}
