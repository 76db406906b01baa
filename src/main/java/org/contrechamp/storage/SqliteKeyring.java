package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.trust.Keyring;
import org.contrechamp.core.trust.TrustedKey;

/** The keyring in SQLite (table {@code trusted_key}, V004). */
public final class SqliteKeyring implements Keyring {

    private static final String SELECT = "SELECT public_key, name, status, last_seq, added_at, revoked_at, role FROM trusted_key ";

    private final Database db;

    public SqliteKeyring(Database db) {
        this.db = db;
    }

    @Override
    public Optional<TrustedKey> find(Fingerprint fingerprint) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(SELECT + "WHERE fingerprint = ?")) {
                p.setString(1, fingerprint.hex());
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(read(r)) : Optional.<TrustedKey>empty();
                }
            }
        });
    }

    @Override
    public List<TrustedKey> all() {
        return db.read(c -> {
            List<TrustedKey> keys = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(SELECT + "ORDER BY name, fingerprint");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    keys.add(read(r));
                }
            }
            return keys;
        });
    }

    @Override
    public void trust(PublicIdentity identity, TrustedKey.Role role, Instant at) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO trusted_key (fingerprint, public_key, name, status, "
                    + "added_at, role) VALUES (?, ?, ?, 'trusted', ?, ?) ON CONFLICT (fingerprint) DO UPDATE SET "
                    + "name = excluded.name, role = CASE WHEN ? THEN excluded.role ELSE role END")) {
                p.setString(1, identity.fingerprint().hex());
                p.setBytes(2, identity.publicKey());
                p.setString(3, identity.name());
                p.setString(4, at.toString());
                p.setString(5, (role == null ? TrustedKey.Role.VOLUNTEER : role).code());
                p.setBoolean(6, role != null);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void revoke(Fingerprint fingerprint, Instant at) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE trusted_key SET status = 'revoked', revoked_at = ? WHERE fingerprint = ? AND status = 'trusted'")) {
                p.setString(1, at.toString());
                p.setString(2, fingerprint.hex());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void raiseLastSeq(Fingerprint fingerprint, long seq) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE trusted_key SET last_seq = max(last_seq, ?) WHERE fingerprint = ?")) {
                p.setLong(1, seq);
                p.setString(2, fingerprint.hex());
                p.executeUpdate();
            }
            return null;
        });
    }

    private static TrustedKey read(ResultSet r) throws SQLException {
        String revoked = r.getString(6);
        return new TrustedKey(new PublicIdentity(r.getString(2), r.getBytes(1)), TrustedKey.Status.fromCode(r.getString(3)),
                r.getLong(4), Instant.parse(r.getString(5)), revoked == null ? null : Instant.parse(revoked),
                TrustedKey.Role.fromCode(r.getString(7)));
    }
}
