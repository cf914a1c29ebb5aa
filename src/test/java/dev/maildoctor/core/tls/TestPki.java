package dev.maildoctor.core.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates made on the fly for the TLS tests: a test CA, its leaves, self-signed ones. */
final class TestPki {
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());
    static final Duration DAY = Duration.ofDays(1);

    /** A certificate, its key, and the chain a server would send (leaf first). */
    record Issued(X509Certificate cert, KeyPair keys, List<X509Certificate> chain) {
    }

    private TestPki() {
    }

    static KeyPair ecKeys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair rsaKeys(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Issued ca(String name) {
        KeyPair keys = ecKeys();
        X500Principal subject = new X500Principal("CN=" + name + ", O=MailDoctor Test");
        X509Certificate cert = build(subject, keys, subject, keys.getPrivate(), Instant.now().minus(DAY),
                Instant.now().plus(DAY.multipliedBy(3650)), true, List.of());
        return new Issued(cert, keys, List.of(cert));
    }

    static Issued leaf(Issued ca, String cn, Instant notBefore, Instant notAfter, String... sans) {
        return leaf(ca, ecKeys(), cn, notBefore, notAfter, sans);
    }

    static Issued leaf(Issued ca, KeyPair keys, String cn, Instant notBefore, Instant notAfter, String... sans) {
        X509Certificate cert = build(new X500Principal("CN=" + cn), keys, ca.cert().getSubjectX500Principal(),
                ca.keys().getPrivate(), notBefore, notAfter, false, List.of(sans));
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(cert);
        chain.addAll(ca.chain());
        return new Issued(cert, keys, chain);
    }

    /** Valid from yesterday for 90 days, like a fresh Let's Encrypt certificate. */
    static Issued leaf(Issued ca, String cn, String... sans) {
        return leaf(ca, cn, Instant.now().minus(DAY), Instant.now().plus(DAY.multipliedBy(90)), sans);
    }

    static Issued selfSigned(String cn, String... sans) {
        KeyPair keys = ecKeys();
        X500Principal subject = new X500Principal("CN=" + cn);
        X509Certificate cert = build(subject, keys, subject, keys.getPrivate(), Instant.now().minus(DAY),
                Instant.now().plus(DAY.multipliedBy(365)), false, List.of(sans));
        return new Issued(cert, keys, List.of(cert));
    }

    static SSLContext serverContext(Issued leaf) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            char[] password = "test".toCharArray();
            ks.setKeyEntry("server", leaf.keys().getPrivate(), password, leaf.chain().toArray(X509Certificate[]::new));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyStore trustStore(X509Certificate... trusted) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            for (int i = 0; i < trusted.length; i++) {
                ks.setCertificateEntry("trusted" + i, trusted[i]);
            }
            return ks;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate build(X500Principal subject, KeyPair keys, X500Principal issuer,
                                         PrivateKey signer, Instant notBefore, Instant notAfter, boolean ca,
                                         List<String> sans) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter),
                    subject, keys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            b.addExtension(Extension.basicConstraints, ca, new BasicConstraints(ca));
            if (ca) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                b.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            }
            if (!sans.isEmpty()) {
                GeneralName[] names = sans.stream()
                        .map(s -> HostnameMatcher.isAddressLiteral(s)
                                ? new GeneralName(GeneralName.iPAddress, s)
                                : new GeneralName(GeneralName.dNSName, s))
                        .toArray(GeneralName[]::new);
                b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
            String algorithm = "EC".equals(signer.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            return new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder(algorithm).build(signer)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
