package org.contrechamp.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statements run once per record, prepared once per connection. SQLite compiles a statement when it
 * is prepared, with the programs of the triggers it fires, and the repositories used to prepare theirs
 * anew for every call: storing one edit prepared half a dozen, which cost more than running them
 * (docs/adr/0056). The least recently used is closed past {@link #SIZE}, so that statements built for
 * one list of ids do not pile up.
 *
 * <p>A cached statement is not closed by its user, who closes its result set and reads it to the end
 * before the same statement is asked for again. Used under the database's lock, like the connection.
 */
final class StatementCache implements AutoCloseable {

    static final int SIZE = 64;
    private static final Logger LOG = LoggerFactory.getLogger(StatementCache.class);

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= SIZE) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, its parameters cleared. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null || p.isClosed()) {
            p = connection.prepareStatement(sql);
            statements.put(sql, p);
        } else {
            p.clearParameters();
        }
        return p;
    }

    @Override
    public void close() {
        statements.values().forEach(StatementCache::closeQuietly);
        statements.clear();
    }

    private static void closeQuietly(PreparedStatement p) {
        try {
            p.close();
        } catch (SQLException e) {
            LOG.debug("closing a cached statement failed", e);
        }
    }
}
