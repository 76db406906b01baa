package org.contrechamp.core.identity;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Ed25519 as the JDK provides it (SunEC), with keys as their raw 32 bytes: what key files, bundles
 * and key cards carry. The JDK speaks X.509 (public) and PKCS#8 (private) encodings, which for
 * Ed25519 are a fixed prefix followed by the raw bytes.
 */
public final class Ed25519 {

    public static final int KEY_BYTES = 32;
    public static final int SIGNATURE_BYTES = 64;

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] X509_PREFIX = HEX.parseHex("302a300506032b6570032100");
    private static final byte[] PKCS8_PREFIX = HEX.parseHex("302e020100300506032b657004220420");

    /**
     * The encodings of the points of small order (1, 2, 4 and 8). A signature under such a key can be
     * valid for many messages at once; the JDK accepts them, so enrolment refuses them.
     */
    private static final List<byte[]> SMALL_ORDER = List.of(
            HEX.parseHex("0100000000000000000000000000000000000000000000000000000000000000"),
            HEX.parseHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
            HEX.parseHex("0000000000000000000000000000000000000000000000000000000000000000"),
            HEX.parseHex("0000000000000000000000000000000000000000000000000000000000000080"),
            HEX.parseHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
            HEX.parseHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa"),
            HEX.parseHex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
            HEX.parseHex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85"));

    private Ed25519() {
    }

    public static KeyPair generate() {
        return generate(new SecureRandom());
    }

    /**
     * A key pair whose seed is drawn from {@code random}: a seeded generator makes the same key every
     * time, which only tests want (a simulation that must fail the same way when run again).
     */
    public static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519 (module jdk.crypto.ec)", e);
        }
    }

    /** The raw 32 bytes of a JDK Ed25519 public key. */
    public static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        requirePrefix(encoded, X509_PREFIX);
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /** The 32-byte seed of a JDK Ed25519 private key. */
    public static byte[] seed(PrivateKey key) {
        byte[] encoded = key.getEncoded();
        requirePrefix(encoded, PKCS8_PREFIX);
        return Arrays.copyOfRange(encoded, PKCS8_PREFIX.length, encoded.length);
    }

    public static PublicKey publicKey(byte[] raw) {
        requireLength(raw);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    public static PrivateKey privateKey(byte[] seed) {
        requireLength(seed);
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /**
     * Whether {@code signature} is a valid signature of {@code message} under the raw public key.
     * Every failure counts as invalid: a wrong length, a point that does not decode, a non-canonical
     * S (the JDK throws for some of these and returns false for others). A small-order key never
     * verifies anything: the JDK accepts a forged signature under the identity point.
     */
    public static boolean verify(byte[] rawPublicKey, byte[] message, byte[] signature) {
        return verifyParts(rawPublicKey, signature, message);
    }

    /**
     * {@link #verify(byte[], byte[], byte[])} of a message given in parts, one after the other: a
     * large message need not be copied behind its header first.
     */
    public static boolean verifyParts(byte[] rawPublicKey, byte[] signature, byte[]... messageParts) {
        if (rawPublicKey == null || rawPublicKey.length != KEY_BYTES || signature == null
                || signature.length != SIGNATURE_BYTES || isSmallOrder(rawPublicKey)) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey(rawPublicKey));
            for (byte[] part : messageParts) {
                verifier.update(part);
            }
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether a raw public key is one of the small-order points (in canonical encoding or the
     * non-canonical encodings of the same points: y at or above the field prime, or x = 0 with
     * the sign bit set).
     */
    public static boolean isSmallOrder(byte[] raw) {
        requireLength(raw);
        for (byte[] bad : SMALL_ORDER) {
            if (Arrays.equals(bad, raw)) {
                return true;
            }
        }
        return isNonCanonical(raw);
    }

    /** y (the low 255 bits, little-endian) is not below p = 2^255 - 19, or encodes x = 0 with a sign. */
    private static boolean isNonCanonical(byte[] raw) {
        byte[] y = raw.clone();
        y[31] &= 0x7f;
        // y >= p  <=>  y in [2^255 - 19, 2^255 - 1]: bytes 1..30 all 0xff, byte 31 = 0x7f, byte 0 >= 0xed.
        boolean highAllOnes = (y[31] & 0xff) == 0x7f;
        for (int i = 1; i < 31 && highAllOnes; i++) {
            highAllOnes = (y[i] & 0xff) == 0xff;
        }
        if (highAllOnes && (y[0] & 0xff) >= 0xed) {
            return true;
        }
        boolean signSet = (raw[31] & 0x80) != 0;
        // x = 0 happens for y = 1 and y = -1 only; with the sign bit set these are non-canonical.
        byte[] one = new byte[KEY_BYTES];
        one[0] = 1;
        byte[] minusOne = SMALL_ORDER.get(1).clone();
        return signSet && (Arrays.equals(y, one) || Arrays.equals(y, minusOne));
    }

    private static void requireLength(byte[] raw) {
        if (raw == null || raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("an Ed25519 key has " + KEY_BYTES + " bytes");
        }
    }

    private static void requirePrefix(byte[] encoded, byte[] prefix) {
        if (encoded.length != prefix.length + KEY_BYTES
                || !Arrays.equals(encoded, 0, prefix.length, prefix, 0, prefix.length)) {
            throw new IllegalArgumentException("unexpected Ed25519 key encoding");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
