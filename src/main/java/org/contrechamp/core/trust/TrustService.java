package org.contrechamp.core.trust;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.identity.Ed25519;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.PublicIdentity;

/**
 * The coordinator's decisions about keys: trust one (after comparing fingerprints in person), list
 * them, revoke one. A revoked key's later bundles are refused; what was imported stays.
 */
public final class TrustService {

    private final Keyring keyring;
    private final Clock clock;

    public TrustService(Keyring keyring, Clock clock) {
        this.keyring = keyring;
        this.clock = clock;
    }

    /**
     * Trusts a key (or renames a trusted one). Refuses small-order keys and keys revoked before:
     * a revocation is a decision about a lost or seized key, not undone by re-adding its card.
     */
    public TrustedKey trust(PublicIdentity identity) {
        return trust(identity, null);
    }

    /**
     * {@link #trust(PublicIdentity)} with a role: a coordinator's key may change any record, a
     * volunteer's only those it created. {@code role} null keeps the role the key has.
     */
    public TrustedKey trust(PublicIdentity identity, TrustedKey.Role role) {
        if (Ed25519.isSmallOrder(identity.publicKey())) {
            throw new InvalidInputException(Problem.of("publicKey", "weak-public-key"));
        }
        Optional<TrustedKey> existing = keyring.find(identity.fingerprint());
        if (existing.isPresent() && !existing.get().isTrusted()) {
            throw new InvalidInputException(Problem.of(identity.fingerprint().display(), "key-revoked-before"));
        }
        keyring.trust(identity, role, clock.instant());
        return keyring.find(identity.fingerprint()).orElseThrow();
    }

    public List<TrustedKey> list() {
        return keyring.all();
    }

    /** Finds a key by its full fingerprint or an unambiguous prefix (at least 8 hex digits). */
    public TrustedKey find(String typed) {
        String prefix = Fingerprint.compact(typed);
        if (prefix.length() < 8 || !prefix.matches("[0-9a-f]+")) {
            throw new InvalidInputException(Problem.of("FINGERPRINT", "not-a-fingerprint", typed));
        }
        List<TrustedKey> matches = new ArrayList<>();
        for (TrustedKey k : keyring.all()) {
            if (k.fingerprint().hex().startsWith(prefix)) {
                matches.add(k);
            }
        }
        if (matches.isEmpty()) {
            throw new InvalidInputException(Problem.of("FINGERPRINT", "no-such-key", typed));
        }
        if (matches.size() > 1) {
            throw new InvalidInputException(Problem.of("FINGERPRINT", "ambiguous-fingerprint", typed));
        }
        return matches.get(0);
    }

    public TrustedKey revoke(String typedFingerprint) {
        TrustedKey key = find(typedFingerprint);
        keyring.revoke(key.fingerprint(), clock.instant());
        return keyring.find(key.fingerprint()).orElseThrow();
    }
}
