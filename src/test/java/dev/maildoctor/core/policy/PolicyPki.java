package dev.maildoctor.core.policy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A test CA and a server certificate for 127.0.0.1, made on the fly for the policy-fetch tests. */
final class PolicyPki {
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    record Issued(X509Certificate cert, KeyPair keys, X509Certificate issuer) {
    }

    private PolicyPki() {
    }

    static Issued ca(String name) {
        KeyPair keys = ecKeys();
        X500Principal subject = new X500Principal("CN=" + name + ", O=MailDoctor Test");
        X509Certificate cert = build(subject, keys, subject, keys, true, null);
        return new Issued(cert, keys, cert);
    }

    /** A server certificate whose only name is the address 127.0.0.1. */
    static Issued loopbackLeaf(Issued ca) {
        KeyPair keys = ecKeys();
        X509Certificate cert = build(new X500Principal("CN=mta-sts.example.test"), keys,
                ca.cert().getSubjectX500Principal(), ca.keys(), false, "127.0.0.1");
        return new Issued(cert, keys, ca.cert());
    }

    static SSLContext serverContext(Issued leaf) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        char[] password = "test".toCharArray();
        ks.setKeyEntry("server", leaf.keys().getPrivate(), password,
                new X509Certificate[] {leaf.cert(), leaf.issuer()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    static SSLContext trusting(X509Certificate ca) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("ca", ca);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate build(X500Principal subject, KeyPair keys, X500Principal issuer, KeyPair signer,
                                         boolean ca, String ipSan) {
        try {
            Instant now = Instant.now();
            var b = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))),
                    subject, keys.getPublic());
            b.addExtension(Extension.basicConstraints, ca, new BasicConstraints(ca));
            if (ipSan != null) {
                b.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.iPAddress, ipSan)));
            }
            return new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
