package org.contrechamp.storage.tiles;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.map.RasterTilesInfo;

/**
 * Reads what an MBTiles file says about itself, tolerant of what real files omit (no minzoom, no
 * format, no metadata table at all), strict about what makes it unusable (no tiles table, no tiles,
 * vector tiles).
 */
final class MbTilesMetadata {

    private MbTilesMetadata() {
    }

    static RasterTilesInfo read(Path file, Connection c) throws SQLException {
        String fileName = file.toString();
        if (!hasTable(c, "tiles")) {
            throw new InvalidInputException(Problem.of(fileName, "mbtiles-no-tiles-table"));
        }
        Map<String, String> meta = hasTable(c, "metadata") ? metadata(c) : Map.of();
        long count;
        int minZoom;
        int maxZoom;
        byte[] first;
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*), min(zoom_level), max(zoom_level) FROM tiles")) {
                r.next();
                count = r.getLong(1);
                minZoom = r.getInt(2);
                maxZoom = r.getInt(3);
            }
            try (ResultSet r = s.executeQuery("SELECT tile_data FROM tiles WHERE length(tile_data) > 0 LIMIT 1")) {
                first = r.next() ? r.getBytes(1) : null;
            }
        } catch (SQLException e) {
            if (MbTilesFile.corrupt(e)) {
                throw e;
            }
            throw new InvalidInputException(Problem.of(fileName, "mbtiles-no-tiles-table"));
        }
        if (count == 0 || first == null) {
            throw new InvalidInputException(Problem.of(fileName, "mbtiles-empty"));
        }
        String format = format(meta.get("format"), first);
        if ("pbf".equals(format)) {
            throw new InvalidInputException(Problem.of(fileName, "mbtiles-vector"));
        }
        if (!"png".equals(format) && !"jpg".equals(format)) {
            throw new InvalidInputException(Problem.of(fileName, "mbtiles-format", format));
        }
        minZoom = integer(meta.get("minzoom"), minZoom);
        maxZoom = integer(meta.get("maxzoom"), maxZoom);
        BoundingBox bounds = bounds(meta.get("bounds"));
        if (bounds == null) {
            bounds = tileExtent(c, maxZoom);
        }
        Path name = file.getFileName();
        String title = text(meta.get("name"));
        return new RasterTilesInfo(fileName, title.isEmpty() && name != null ? name.toString() : title,
                text(meta.get("description")), format, plainText(meta.get("attribution")), minZoom, maxZoom, bounds, count);
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM sqlite_schema WHERE name = ? AND type IN ('table', 'view')")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Map<String, String> metadata(Connection c) {
        Map<String, String> meta = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name, value FROM metadata")) {
            while (r.next()) {
                String key = r.getString(1);
                String value = r.getString(2);
                if (key != null && value != null) {
                    meta.put(key.strip().toLowerCase(Locale.ROOT), value.strip());
                }
            }
        } catch (SQLException e) {
            // a metadata table of another shape: the tiles alone tell enough
        }
        return meta;
    }

    /** The declared format, else the first tile's magic bytes. */
    static String format(String declared, byte[] tile) {
        if (declared != null && !declared.isBlank()) {
            String f = declared.strip().toLowerCase(Locale.ROOT);
            return "jpeg".equals(f) ? "jpg" : f;
        }
        if (tile.length >= 4 && (tile[0] & 0xff) == 0x89 && tile[1] == 'P' && tile[2] == 'N' && tile[3] == 'G') {
            return "png";
        }
        if (tile.length >= 3 && (tile[0] & 0xff) == 0xff && (tile[1] & 0xff) == 0xd8) {
            return "jpg";
        }
        if (tile.length >= 12 && tile[0] == 'R' && tile[1] == 'I' && tile[8] == 'W' && tile[9] == 'E') {
            return "webp";
        }
        if (tile.length >= 2 && (tile[0] & 0xff) == 0x1f && (tile[1] & 0xff) == 0x8b || tile.length >= 1 && tile[0] == 0x1a) {
            return "pbf";
        }
        return "unknown";
    }

    private static int integer(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static BoundingBox bounds(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return null;
        }
        try {
            double minLon = Double.parseDouble(parts[0].strip());
            double minLat = Double.parseDouble(parts[1].strip());
            double maxLon = Double.parseDouble(parts[2].strip());
            double maxLat = Double.parseDouble(parts[3].strip());
            if (minLon <= maxLon && minLat <= maxLat && minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90) {
                return new BoundingBox(minLon, minLat, maxLon, maxLat);
            }
        } catch (NumberFormatException e) {
            // unreadable bounds are worked out from the tiles
        }
        return null;
    }

    /** The box covered by the tiles of one zoom level. */
    private static BoundingBox tileExtent(Connection c, int zoom) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT min(tile_column), max(tile_column), min(tile_row), "
                + "max(tile_row) FROM tiles WHERE zoom_level = ?")) {
            s.setInt(1, zoom);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getObject(1) == null) {
                    return null;
                }
                double n = Math.pow(2, zoom);
                double minLon = r.getLong(1) / n * 360 - 180;
                double maxLon = (r.getLong(2) + 1) / n * 360 - 180;
                double minLat = tmsRowLat(r.getLong(3), n);
                double maxLat = tmsRowLat(r.getLong(4) + 1, n);
                return new BoundingBox(minLon, minLat, maxLon, maxLat);
            }
        }
    }

    /** Latitude of the southern edge of a TMS row (rows count from the south). */
    private static double tmsRowLat(long row, double n) {
        double y = n - row; // XYZ row index of the same edge
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y / n))));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Attribution without HTML tags or the common entities. */
    static String plainText(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("<[^>]*>", "").replace("&copy;", "©").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", " ").replaceAll("\\s+", " ").strip();
    }
}
