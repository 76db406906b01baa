package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.contrechamp.core.desk.RecordCounts;

/** The desk's counts of records, in one pass over the records table. */
public final class SqliteRecordCounts implements RecordCounts {

    private final Database db;

    public SqliteRecordCounts(Database db) {
        this.db = db;
    }

    @Override
    public Counts count() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*), coalesce(sum(draft), 0), "
                    + "coalesce(sum(status = 'removed'), 0) FROM sighting WHERE deleted = 0");
                 ResultSet r = p.executeQuery()) {
                r.next();
                return new Counts(r.getLong(1), r.getLong(2), r.getLong(3));
            }
        });
    }
}
