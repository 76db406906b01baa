package org.contrechamp.core.bundle;

import org.contrechamp.core.trust.TrustedKey;

/**
 * A bundle whose signature verified under a key of the keyring, and whose manifest was read from the
 * verified bytes. Its photos are checked separately ({@link BlobChecker}).
 *
 * @param id     the bundle id: SHA-256 (hex) of the payload bytes
 * @param signer the key that verified (the key id in the envelope is only a hint)
 */
public record VerifiedBundle(String id, TrustedKey signer, Manifest manifest, long envelopeBytes, long payloadBytes) {
}
