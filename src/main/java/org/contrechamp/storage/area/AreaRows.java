package org.contrechamp.storage.area;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.contrechamp.core.area.Address;
import org.contrechamp.core.area.FeatureKind;
import org.contrechamp.core.area.MapFeature;
import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.area.StreetName;
import org.contrechamp.core.area.StreetWay;
import org.contrechamp.core.area.Zone;
import org.contrechamp.core.area.ZoneKind;
import org.contrechamp.core.area.geom.GeometryCodec;
import org.contrechamp.core.area.osm.OsmType;
import org.contrechamp.core.geo.BoundingBox;

/** Rows of the area file as core records (column order as in SqliteAreaStore's queries). */
final class AreaRows {

    private AreaRows() {
    }

    static MapFeature feature(ResultSet r) throws SQLException {
        return new MapFeature(FeatureKind.fromCode(r.getInt(1)), r.getString(2), r.getLong(3), r.getInt(4), r.getInt(5),
                GeometryCodec.decode(r.getBytes(6)));
    }

    static StreetWay street(ResultSet r) throws SQLException {
        return new StreetWay(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4) != 0,
                GeometryCodec.decode(r.getBytes(5)));
    }

    static Address address(ResultSet r) throws SQLException {
        OsmType type = OsmType.fromOsmName(r.getString(1));
        return new Address(type == null ? OsmType.NODE : type, r.getLong(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getInt(7) != 0, GeometryCodec.decode(r.getBytes(8)));
    }

    static OsmCamera camera(ResultSet r) throws SQLException {
        try {
            return OsmCamera.of(r.getLong(1), r.getDouble(2), r.getDouble(3), SummaryJson.readTags(r.getString(4)));
        } catch (java.io.IOException e) {
            throw new SQLException("SQLITE_CORRUPT: unreadable camera tags", e);
        }
    }

    static Zone zone(ResultSet r) throws SQLException {
        return new Zone(ZoneKind.fromCode(r.getInt(1)), r.getInt(2), r.getString(3), r.getLong(4),
                GeometryCodec.decode(r.getBytes(5)));
    }

    static StreetName streetName(ResultSet r) throws SQLException {
        return new StreetName(r.getString(1), r.getInt(2),
                new BoundingBox(r.getDouble(3), r.getDouble(4), r.getDouble(5), r.getDouble(6)));
    }
}
