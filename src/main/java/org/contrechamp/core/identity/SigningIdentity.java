package org.contrechamp.core.identity;

import java.security.PrivateKey;

/** This data directory's identity, unlocked: it can sign. Kept in memory only as long as needed. */
public final class SigningIdentity {

    private final PublicIdentity identity;
    private final PrivateKey privateKey;

    public SigningIdentity(PublicIdentity identity, PrivateKey privateKey) {
        this.identity = identity;
        this.privateKey = privateKey;
    }

    public PublicIdentity identity() {
        return identity;
    }

    public Fingerprint fingerprint() {
        return identity.fingerprint();
    }

    public byte[] sign(byte[] message) {
        return Ed25519.sign(privateKey, message);
    }
}
