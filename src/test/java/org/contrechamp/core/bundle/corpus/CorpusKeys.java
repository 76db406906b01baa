package org.contrechamp.core.bundle.corpus;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Arrays;

import org.contrechamp.core.bundle.BundleFormat;
import org.contrechamp.core.identity.Ed25519;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.PublicIdentity;

/**
 * Test-only signing keys of the hostile corpus, derived from fixed seeds so that every generated
 * file is the same on every run (Ed25519 signatures are deterministic). Never used outside tests.
 */
final class CorpusKeys {

    /** A key pair from a seed; the public key is derived by the JDK from the private one. */
    record Key(String name, PrivateKey privateKey, byte[] publicKey) {

        Fingerprint fingerprint() {
            return Fingerprint.of(publicKey);
        }

        PublicIdentity identity() {
            return new PublicIdentity(name, publicKey);
        }

        byte[] sign(byte[] message) {
            return Ed25519.sign(privateKey, message);
        }
    }

    /** Trusted by the receiving data directory in most cases. */
    static final Key MAIN = derive("Corpus Volunteer");
    /** A second trusted signer (record id collisions). */
    static final Key OTHER = derive("Corpus Other");
    /** Never trusted. */
    static final Key STRANGER = derive("Corpus Stranger");

    private CorpusKeys() {
    }

    private static Key derive(String name) {
        byte[] seed = Arrays.copyOf(BundleFormat.sha256Hex(("contrechamp hostile corpus: " + name)
                .getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII), 32);
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(java.security.spec.NamedParameterSpec.ED25519, new FixedRandom(seed));
            java.security.KeyPair pair = generator.generateKeyPair();
            return new Key(name, pair.getPrivate(), Ed25519.raw(pair.getPublic()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A "random" source that returns the seed: makes the JDK's key generator deterministic. */
    private static final class FixedRandom extends java.security.SecureRandom {
        private final byte[] seed;

        FixedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
