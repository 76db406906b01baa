package org.contrechamp.core.bundle;

import org.contrechamp.core.identity.Fingerprint;

/**
 * No key of the keyring verifies the bundle and its key id names none of them: the bundle is kept
 * aside "awaiting a decision" rather than refused for good.
 */
public final class UnknownSignerException extends BundleRejectedException {

    private final transient Fingerprint claimed;

    UnknownSignerException(String source, Fingerprint claimed) {
        super(source, "bundle-unknown-signer", claimed == null ? "?" : claimed.display());
        this.claimed = claimed;
    }

    /** The fingerprint the envelope's key id claims (not verified), or null when it is not one. */
    public Fingerprint claimed() {
        return claimed;
    }
}
