package org.contrechamp.core.trust;

import java.time.Instant;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.PublicIdentity;

/**
 * A key in the keyring: whose it is (pseudonym as the coordinator knows it), whether its bundles are
 * accepted, the highest bundle number imported from it, and its role: a volunteer changes only the
 * records it created (anything else it sends is a proposal), a coordinator may change any record.
 *
 * @param revokedAt when it was revoked, or null
 */
public record TrustedKey(PublicIdentity identity, Status status, long lastSeq, Instant addedAt, Instant revokedAt,
                         Role role) {

    /** A volunteer's key, as every key was before roles. */
    public TrustedKey(PublicIdentity identity, Status status, long lastSeq, Instant addedAt, Instant revokedAt) {
        this(identity, status, lastSeq, addedAt, revokedAt, Role.VOLUNTEER);
    }

    public enum Role {
        VOLUNTEER("volunteer"),
        COORDINATOR("coordinator");

        private final String code;

        Role(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Role fromCode(String code) {
            for (Role r : values()) {
                if (r.code.equals(code)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown key role " + code);
        }
    }

    public enum Status {
        TRUSTED("trusted"),
        REVOKED("revoked");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Status fromCode(String code) {
            for (Status s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown key status " + code);
        }
    }

    public Fingerprint fingerprint() {
        return identity.fingerprint();
    }

    public boolean isTrusted() {
        return status == Status.TRUSTED;
    }

    public boolean isCoordinator() {
        return role == Role.COORDINATOR;
    }
}
