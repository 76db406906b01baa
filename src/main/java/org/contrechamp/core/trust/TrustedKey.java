package org.contrechamp.core.trust;

import java.time.Instant;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.PublicIdentity;

/**
 * A key in the keyring: whose it is (pseudonym as the coordinator knows it), whether its bundles are
 * accepted, and the highest bundle number imported from it.
 *
 * @param revokedAt when it was revoked, or null
 */
public record TrustedKey(PublicIdentity identity, Status status, long lastSeq, Instant addedAt, Instant revokedAt) {

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
}
