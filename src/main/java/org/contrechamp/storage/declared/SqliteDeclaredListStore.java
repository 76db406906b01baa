package org.contrechamp.storage.declared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.common.Problem;
import org.contrechamp.core.declared.Certainty;
import org.contrechamp.core.declared.ColumnMapping;
import org.contrechamp.core.declared.DeclaredField;
import org.contrechamp.core.declared.DeclaredList;
import org.contrechamp.core.declared.DeclaredListStore;
import org.contrechamp.core.declared.DeclaredSite;
import org.contrechamp.core.declared.GeoPoint;
import org.contrechamp.core.declared.Geocode;
import org.contrechamp.storage.Database;

/** The official list in SQLite (tables {@code declared_list}, {@code declared_site}, {@code declared_column}, V007). */
public final class SqliteDeclaredListStore implements DeclaredListStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "site_key, line, site_text, precision, operator, cameras, authorised_on, "
            + "listed_lat, listed_lon, certainty, geocode_lat, geocode_lon, geocode_streets, geocode_gap_m, reason_field, "
            + "reason_code, reason_args, manual_lat, manual_lon";

    private final Database db;

    public SqliteDeclaredListStore(Database db) {
        this.db = db;
    }

    @Override
    public void replace(DeclaredList list) {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM declared_site");
                s.executeUpdate("DELETE FROM declared_list");
                s.executeUpdate("DELETE FROM declared_column");
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO declared_list (id, source, imported_at, encoding) VALUES (1, ?, ?, ?)")) {
                p.setString(1, list.source());
                p.setString(2, list.importedAt().toString());
                p.setString(3, list.encoding());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO declared_column (column_name, field, position) VALUES (?, ?, ?)")) {
                int position = 0;
                for (Map.Entry<String, DeclaredField> e : list.mapping().columns().entrySet()) {
                    p.setString(1, e.getKey());
                    p.setString(2, e.getValue().code());
                    p.setInt(3, position++);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO declared_site (position, " + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (DeclaredSite site : list.sites()) {
                    p.setInt(1, position++);
                    bind(p, site);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement p, DeclaredSite s) throws SQLException {
        p.setString(2, s.key());
        p.setInt(3, s.line());
        p.setString(4, s.siteText());
        p.setString(5, s.precision());
        p.setString(6, s.operator());
        p.setInt(7, s.cameras());
        p.setString(8, s.authorisedOn());
        point(p, 9, s.listed());
        Geocode g = s.geocode();
        p.setString(11, g == null ? null : g.certainty().code());
        point(p, 12, g == null ? null : g.point());
        p.setString(14, g == null ? null : json(g.streets()));
        if (g == null || g.gapMeters() == null) {
            p.setNull(15, Types.REAL);
        } else {
            p.setDouble(15, g.gapMeters());
        }
        Problem reason = g == null ? null : g.reason();
        p.setString(16, reason == null ? null : reason.field());
        p.setString(17, reason == null ? null : reason.code());
        p.setString(18, reason == null ? null : json(reason.args()));
        point(p, 19, s.manual());
    }

    private static void point(PreparedStatement p, int index, GeoPoint point) throws SQLException {
        if (point == null) {
            p.setNull(index, Types.REAL);
            p.setNull(index + 1, Types.REAL);
        } else {
            p.setDouble(index, point.lat());
            p.setDouble(index + 1, point.lon());
        }
    }

    @Override
    public Optional<DeclaredList.Info> info() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT source, imported_at, encoding, (SELECT count(*) FROM declared_site) FROM declared_list")) {
                return r.next() ? Optional.of(new DeclaredList.Info(r.getString(1), Instant.parse(r.getString(2)),
                        r.getString(3), r.getInt(4))) : Optional.<DeclaredList.Info>empty();
            }
        });
    }

    @Override
    public List<DeclaredSite> sites() {
        return db.read(c -> {
            List<DeclaredSite> sites = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM declared_site ORDER BY position")) {
                while (r.next()) {
                    sites.add(read(r));
                }
            }
            return sites;
        });
    }

    private static DeclaredSite read(ResultSet r) throws SQLException {
        Geocode geocode = null;
        String certainty = r.getString(10);
        if (certainty != null) {
            String reasonCode = r.getString(16);
            Problem reason = reasonCode == null ? null
                    : new Problem(r.getString(15), reasonCode, list(r.getString(17), new TypeReference<List<Object>>() { }));
            double gap = r.getDouble(14);
            Double gapMeters = r.wasNull() ? null : gap;
            geocode = new Geocode(Certainty.fromCode(certainty).orElse(Certainty.NOT_FOUND), point(r, 11),
                    list(r.getString(13), new TypeReference<List<String>>() { }), gapMeters, reason);
        }
        return new DeclaredSite(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6),
                r.getString(7), point(r, 8), geocode, point(r, 18));
    }

    private static GeoPoint point(ResultSet r, int index) throws SQLException {
        double lat = r.getDouble(index);
        if (r.wasNull()) {
            return null;
        }
        return new GeoPoint(lat, r.getDouble(index + 1));
    }

    @Override
    public Optional<ColumnMapping> savedMapping() {
        return db.read(c -> {
            Map<String, DeclaredField> columns = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT column_name, field FROM declared_column ORDER BY position")) {
                while (r.next()) {
                    String column = r.getString(1);
                    DeclaredField.fromCode(r.getString(2)).ifPresent(f -> columns.put(column, f));
                }
            }
            return columns.isEmpty() ? Optional.<ColumnMapping>empty() : Optional.of(new ColumnMapping(columns));
        });
    }

    @Override
    public boolean place(String key, GeoPoint point) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE declared_site SET manual_lat = ?, manual_lon = ? WHERE site_key = ?")) {
                p.setDouble(1, point.lat());
                p.setDouble(2, point.lon());
                p.setString(3, key);
                return p.executeUpdate() == 1;
            }
        });
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T list(String text, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(text == null ? "[]" : text, type);
        } catch (IOException e) {
            throw new SQLException("a stored declared site is damaged", e);
        }
    }
}
