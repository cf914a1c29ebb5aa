package dev.maildoctor.core.dkim;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.OptionalInt;

/** Sizes of the public keys in p= tags. */
final class PublicKeys {
    /** AlgorithmIdentifier of rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters, DER. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
    /** RFC 8463: an Ed25519 p= is the bare 32-byte public key. */
    static final int ED25519_BYTES = 32;

    private PublicKeys() {
    }

    /**
     * The modulus size of an RSA key given as SubjectPublicKeyInfo (what RFC 6376 prescribes) or as
     * a bare RSAPublicKey (PKCS#1), which some publishers use and common verifiers accept.
     */
    static OptionalInt rsaBits(byte[] der) {
        OptionalInt bits = rsaBitsOfSpki(der);
        return bits.isPresent() ? bits : rsaBitsOfSpki(spkiOf(der));
    }

    private static OptionalInt rsaBitsOfSpki(byte[] spki) {
        try {
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki));
            return OptionalInt.of(key.getModulus().bitLength());
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            return OptionalInt.empty();
        }
    }

    /** Wraps a PKCS#1 RSAPublicKey in a SubjectPublicKeyInfo so that the JDK can read it. */
    static byte[] spkiOf(byte[] pkcs1) {
        ByteArrayOutputStream bitString = new ByteArrayOutputStream();
        bitString.write(0x03);
        writeLength(bitString, pkcs1.length + 1);
        bitString.write(0x00); // no unused bits
        bitString.writeBytes(pkcs1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        writeLength(out, RSA_ALGORITHM.length + bitString.size());
        out.writeBytes(RSA_ALGORITHM);
        out.writeBytes(bitString.toByteArray());
        return out.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >>> 8);
            out.write(length & 0xff);
        }
    }
}
