package org.contrechamp.core.identity;

import java.util.Arrays;

/**
 * Someone's public side: their pseudonym and Ed25519 public key (raw 32 bytes). This is what a
 * volunteer hands to a coordinator ({@link KeyCard}) and what a keyring holds.
 */
public record PublicIdentity(String name, byte[] publicKey) {

    public static final int MAX_NAME_LENGTH = 64;

    public PublicIdentity {
        if (publicKey == null || publicKey.length != Ed25519.KEY_BYTES) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        }
        publicKey = publicKey.clone();
    }

    public Fingerprint fingerprint() {
        return Fingerprint.of(publicKey);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicIdentity other && name.equals(other.name) && Arrays.equals(publicKey, other.publicKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return name + " " + fingerprint().display();
    }
}
