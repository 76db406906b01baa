package org.contrechamp.core.trust;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.audit.AuditLog;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Transactions;
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
    private final AuditLog audit;
    private final Transactions transactions;

    public TrustService(Keyring keyring, Clock clock) {
        this(keyring, clock, AuditLog.none(), Transactions.NONE);
    }

    /** Each decision is appended to {@code audit} in the transaction that stores it. */
    public TrustService(Keyring keyring, Clock clock, AuditLog audit, Transactions transactions) {
        this.keyring = keyring;
        this.clock = clock;
        this.audit = audit;
        this.transactions = transactions;
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
        if (alreadyTrusted(identity, role)) {
            return existing.get(); // a card added twice: nothing changes, so nothing is written to the audit log
        }
        return transactions.inTransaction(() -> {
            keyring.trust(identity, role, clock.instant());
            TrustedKey now = keyring.find(identity.fingerprint()).orElseThrow();
            audit.keyTrusted(now.fingerprint().hex(), detail(now));
            return now;
        });
    }

    /** Whether trusting {@code identity} with {@code role} (null: the role it has) would change nothing. */
    public boolean alreadyTrusted(PublicIdentity identity, TrustedKey.Role role) {
        return keyring.find(identity.fingerprint())
                .filter(k -> k.isTrusted() && k.identity().name().equals(identity.name()))
                .filter(k -> role == null || k.role() == role)
                .isPresent();
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
        return revoke(typedFingerprint, null);
    }

    /** Revokes a key, with why ({@code comment}, may be null) for the audit log. */
    public TrustedKey revoke(String typedFingerprint, String comment) {
        TrustedKey key = find(typedFingerprint);
        return transactions.inTransaction(() -> {
            boolean wasTrusted = keyring.find(key.fingerprint()).map(TrustedKey::isTrusted).orElse(false);
            keyring.revoke(key.fingerprint(), clock.instant());
            if (wasTrusted) { // revoking a revoked key decides nothing new
                audit.keyRevoked(key.fingerprint().hex(), comment);
            }
            return keyring.find(key.fingerprint()).orElseThrow();
        });
    }

    /** The role and name a trust decision gave, as JSON: {@code {"role":"coordinator","name":"Alix"}}. */
    private static String detail(TrustedKey key) {
        java.util.Map<String, String> detail = new java.util.LinkedHashMap<>();
        detail.put("role", key.role().code());
        detail.put("name", key.identity().name());
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(detail);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
