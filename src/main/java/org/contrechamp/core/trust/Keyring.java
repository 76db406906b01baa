package org.contrechamp.core.trust;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.PublicIdentity;

/** Where the keys this data directory trusts (or has revoked) are kept. Implemented by storage. */
public interface Keyring {

    Optional<TrustedKey> find(Fingerprint fingerprint);

    /** Every key, trusted and revoked, by pseudonym. */
    List<TrustedKey> all();

    /**
     * Adds a trusted key, or renames one already trusted; {@code role} null keeps the role a key has
     * (a new key is a volunteer's).
     */
    void trust(PublicIdentity identity, TrustedKey.Role role, Instant at);

    void revoke(Fingerprint fingerprint, Instant at);

    /** Raises the key's high-water mark to {@code seq} (never lowers it). */
    void raiseLastSeq(Fingerprint fingerprint, long seq);
}
