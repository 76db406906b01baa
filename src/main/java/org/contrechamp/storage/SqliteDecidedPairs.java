package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.duplicate.DecidedPairs;
import org.contrechamp.core.duplicate.DuplicatePair;

/**
 * The decisions the records' current revisions carry, from their index ({@code decided_pair}, V011), which
 * the repository keeps ({@link DecidedPairRows}). A row whose other id is not a record id (a tag typed by
 * hand) is ignored.
 */
public final class SqliteDecidedPairs implements DecidedPairs {

    private final Database db;

    public SqliteDecidedPairs(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Decision> decision(UUID a, UUID b) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT decision FROM decided_pair "
                    + "WHERE (sighting_id = ? AND other_id = ?) OR (sighting_id = ? AND other_id = ?)")) {
                p.setString(1, a.toString());
                p.setString(2, b.toString());
                p.setString(3, b.toString());
                p.setString(4, a.toString());
                Decision found = null;
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Decision d = "merged".equals(r.getString(1)) ? Decision.MERGED : Decision.DISTINCT;
                        found = found == Decision.MERGED ? found : d;
                    }
                }
                return Optional.ofNullable(found);
            }
        });
    }

    @Override
    public Set<UUID> decidedWith(UUID id) {
        return db.read(c -> {
            Set<UUID> found = new LinkedHashSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT other_id FROM decided_pair WHERE sighting_id = ? "
                    + "UNION SELECT sighting_id FROM decided_pair WHERE other_id = ?")) {
                p.setString(1, id.toString());
                p.setString(2, id.toString());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        parse(r.getString(1)).filter(other -> !other.equals(id)).ifPresent(found::add);
                    }
                }
            }
            return found;
        });
    }

    @Override
    public Set<DuplicatePair> all() {
        return db.read(c -> {
            Set<DuplicatePair> found = new HashSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT sighting_id, other_id FROM decided_pair");
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Optional<UUID> one = parse(r.getString(1));
                    Optional<UUID> other = parse(r.getString(2));
                    if (one.isPresent() && other.isPresent() && !one.get().equals(other.get())) {
                        found.add(DuplicatePair.of(one.get(), other.get()));
                    }
                }
            }
            return found;
        });
    }

    private static Optional<UUID> parse(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
