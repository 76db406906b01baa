package org.contrechamp.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.contrechamp.core.map.FieldOfView;
import org.contrechamp.core.map.MarkerColours;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;

/**
 * An RFC 7946 FeatureCollection, ready for uMap, Framacarte, QGIS or JOSM: one Point per sighting
 * ({@code [lon, lat]}, WGS84, coordinates exactly as stored, no {@code crs} member), with {@code id}
 * and the OSM tags as properties. Styled (an export), each feature also has the {@code name} and
 * {@code description} uMap shows in its pop-up and {@code _umap_options} (the kind's colour and a
 * symbol), and, when asked, each field of view follows its camera as a Polygon (exterior ring
 * counter-clockwise, RFC 7946's right-hand rule), so that uMap draws the cones without any setting.
 */
final class GeoJsonSightingWriter implements SightingWriter {

    /** A point of the cone's arc every so many degrees: smooth enough, and small. */
    private static final double ARC_STEP_DEGREES = 10;

    private final JsonGenerator g;
    private final WriteOptions options;

    GeoJsonSightingWriter(Writer out, WriteOptions options) throws IOException {
        this.options = options;
        g = new JsonFactory().createGenerator(out);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
    }

    @Override
    public void write(Sighting s) {
        try {
            String id = s.id().toString();
            g.writeRaw('\n');
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeStringField("id", id);
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(s.position().longitude());
            g.writeNumber(s.position().latitude());
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("id", id);
            if (options.styled()) {
                g.writeStringField("name", options.texts().name(s));
                String description = options.texts().description(s);
                if (!description.isEmpty()) {
                    g.writeStringField("description", description);
                }
                writeUmapOptions(s, false);
            }
            for (Map.Entry<String, String> tag : SightingTags.toTags(s, true).entrySet()) {
                g.writeStringField(tag.getKey(), tag.getValue());
            }
            List<String> photos = options.photos().apply(s);
            if (!photos.isEmpty() && options.styled()) {
                g.writeArrayFieldStart("photos");
                for (String photo : photos) {
                    g.writeString(photo);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
            if (options.fieldsOfView()) {
                writeFieldsOfView(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeUmapOptions(Sighting s, boolean cone) throws IOException {
        g.writeObjectFieldStart("_umap_options");
        g.writeStringField("color", MarkerColours.of(s));
        if (cone) {
            g.writeNumberField("weight", 1);
            g.writeNumberField("fillOpacity", 0.2);
            g.writeBooleanField("interactive", false);
        } else {
            g.writeStringField("iconClass", "Drop");
            g.writeStringField("iconUrl", MapSymbols.of(s.kind()));
        }
        g.writeEndObject();
    }

    private void writeFieldsOfView(Sighting s) throws IOException {
        int n = 0;
        for (FieldOfView.Cone cone : FieldOfView.cones(s, options.fieldOfViewDegrees())) {
            List<double[]> ring = ViewPolygons.exteriorRing(s, cone, ARC_STEP_DEGREES);
            if (ring.isEmpty()) {
                continue;
            }
            g.writeRaw('\n');
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeStringField("id", s.id() + "/view/" + n++);
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Polygon");
            g.writeArrayFieldStart("coordinates");
            g.writeStartArray();
            for (double[] point : ring) {
                g.writeStartArray();
                g.writeNumber(point[1]);
                g.writeNumber(point[0]);
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("sighting", s.id().toString());
            g.writeStringField("field_of_view", cone.isFullCircle() ? "0-360"
                    : ViewPolygons.degrees(cone.from()) + "-" + ViewPolygons.degrees(cone.to()));
            if (options.styled()) {
                g.writeStringField("name", options.texts().name(s));
                writeUmapOptions(s, true);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    @Override
    public void close() {
        try {
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
