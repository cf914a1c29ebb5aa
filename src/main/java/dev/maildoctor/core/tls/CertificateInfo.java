package dev.maildoctor.core.tls;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * What a report shows about one certificate of the presented chain. {@code keySize} is 0 when the
 * algorithm has no meaningful size we know of.
 */
public record CertificateInfo(String subject, String issuer, Optional<String> commonName,
                              List<String> dnsNames, List<String> ipAddresses,
                              Instant notBefore, Instant notAfter, String keyType, int keySize,
                              String sha256Fingerprint, boolean selfSigned) {
    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;

    public CertificateInfo {
        dnsNames = List.copyOf(dnsNames);
        ipAddresses = List.copyOf(ipAddresses);
    }

    public static CertificateInfo of(X509Certificate cert) {
        List<String> dns = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        for (List<?> san : subjectAltNames(cert)) {
            if (san.size() >= 2 && san.get(0) instanceof Integer type && san.get(1) instanceof String value) {
                if (type == SAN_DNS) {
                    dns.add(value);
                } else if (type == SAN_IP) {
                    ips.add(value);
                }
            }
        }
        PublicKey key = cert.getPublicKey();
        return new CertificateInfo(
                cert.getSubjectX500Principal().getName(X500Principal.RFC2253),
                cert.getIssuerX500Principal().getName(X500Principal.RFC2253),
                commonName(cert.getSubjectX500Principal()), dns, ips,
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(),
                key.getAlgorithm(), keySize(key), sha256(cert), isSelfSigned(cert));
    }

    /** All names a host name may be matched against, for messages. */
    public List<String> names() {
        List<String> all = new ArrayList<>(dnsNames);
        all.addAll(ipAddresses);
        if (all.isEmpty()) {
            commonName.ifPresent(all::add);
        }
        return all;
    }

    /** Same subject and issuer is not enough (a CA may reuse names); the certificate must also sign itself. */
    static boolean isSelfSigned(X509Certificate cert) {
        if (!cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
            return false;
        }
        try {
            cert.verify(cert.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Collection<List<?>> subjectAltNames(X509Certificate cert) {
        try {
            Collection<List<?>> sans = cert.getSubjectAlternativeNames();
            return sans == null ? List.of() : sans;
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    /** The most specific CN, which is the one TLS clients fall back to. */
    private static Optional<String> commonName(X500Principal principal) {
        try {
            List<Rdn> rdns = new LdapName(principal.getName(X500Principal.RFC2253)).getRdns();
            for (int i = rdns.size() - 1; i >= 0; i--) {
                if ("CN".equalsIgnoreCase(rdns.get(i).getType())) {
                    return Optional.of(String.valueOf(rdns.get(i).getValue()));
                }
            }
        } catch (InvalidNameException e) {
            // an unparseable subject simply has no usable CN
        }
        return Optional.empty();
    }

    private static int keySize(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getOrder().bitLength();
        }
        if (key instanceof DSAPublicKey dsa && dsa.getParams() != null) {
            return dsa.getParams().getP().bitLength();
        }
        return switch (key.getAlgorithm()) {
            case "Ed25519" -> 255;
            case "Ed448" -> 448;
            default -> 0;
        };
    }

    private static String sha256(X509Certificate cert) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }
}
