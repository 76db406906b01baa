package org.contrechamp.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contrechamp.core.export.ExportTestData.camera;
import static org.contrechamp.core.export.ExportTestData.export;
import static org.contrechamp.core.export.ExportTestData.exporter;
import static org.contrechamp.core.export.ExportTestData.request;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** The GeoJSON export follows RFC 7946 and is styled for uMap without touching it. */
class GeoJsonExportTest {

    @TempDir
    Path dir;

    private JsonNode exportGeoJson(List<Sighting> sightings, double fieldOfView) throws Exception {
        Path out = dir.resolve("cameras.geojson");
        export(exporter(sightings), request(SightingFormat.GEOJSON, out).withFieldsOfView(fieldOfView));
        return new ObjectMapper().readTree(out.toFile());
    }

    @Test
    void pointsAreLongitudeThenLatitudeAndFollowRfc7946() throws Exception {
        Sighting s = camera(48.8566134, 2.3522219, "Rue de Rivoli");

        JsonNode root = exportGeoJson(List.of(s), 60);

        assertThat(Rfc7946Check.problems(root)).isEmpty();
        JsonNode point = root.at("/features/0");
        assertThat(point.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(point.at("/geometry/coordinates/0").asDouble()).isEqualTo(2.3522219);
        assertThat(point.at("/geometry/coordinates/1").asDouble()).isEqualTo(48.8566134);
        assertThat(root.has("crs")).isFalse();
    }

    @Test
    void eachFeatureHasANameAReadableDescriptionAndUmapStylingByKind() throws Exception {
        Sighting cam = camera(48.85, 2.35, "Rue de Rivoli");
        Sighting alpr = cam.toBuilder().id(java.util.UUID.randomUUID()).kind(Kind.ALPR).operator(null).build();

        JsonNode root = exportGeoJson(List.of(cam, alpr), 0);

        JsonNode first = root.at("/features/0/properties");
        assertThat(first.get("name").asText()).isEqualTo("Camera · Ville de Paris");
        assertThat(first.get("description").asText()).contains("Camera type: Dome").contains("Street: Rue de Rivoli")
                .contains("\n");
        String cameraColour = first.at("/_umap_options/color").asText();
        String alprColour = root.at("/features/1/properties/_umap_options/color").asText();
        assertThat(cameraColour).matches("#[0-9a-f]{6}");
        assertThat(alprColour).matches("#[0-9a-f]{6}").isNotEqualTo(cameraColour);
        assertThat(first.at("/_umap_options/iconClass").asText()).isNotBlank();
        assertThat(first.get("man_made").asText()).isEqualTo("surveillance");
        assertThat(root.get("features")).as("no fields of view unless asked").hasSize(2);
    }

    @Test
    void fieldsOfViewArePolygonsWithTheRightHandRule() throws Exception {
        Sighting s = camera(48.85, 2.35, null).toBuilder()
                .directions(List.of(new Direction.Bearing(90), new Direction.Sector(0, 360))).build();

        JsonNode root = exportGeoJson(List.of(s), 60);

        assertThat(Rfc7946Check.problems(root)).isEmpty();
        List<JsonNode> polygons = new ArrayList<>();
        root.get("features").forEach(f -> {
            if (f.at("/geometry/type").asText().equals("Polygon")) {
                polygons.add(f);
            }
        });
        assertThat(polygons).hasSize(2);
        assertThat(polygons.get(0).at("/properties/sighting").asText()).isEqualTo(s.id().toString());
        // Looking east: every point of the cone is east of the camera, none west.
        polygons.get(0).at("/geometry/coordinates/0").forEach(p -> assertThat(p.get(0).asDouble()).isGreaterThanOrEqualTo(2.35));
    }

    @Property(tries = 60)
    void anyCameraAnywhereGivesValidGeoJson(@ForAll @DoubleRange(min = -85, max = 85) double lat,
            @ForAll @DoubleRange(min = -180, max = 180) double lon, @ForAll("directions") List<Direction> directions)
            throws Exception {
        Path folder = Files.createTempDirectory("geojson-property");
        try {
            Path out = folder.resolve("x.geojson");
            Sighting s = Sighting.newAt(Position.manual(lat, lon)).directions(directions).build();
            export(exporter(List.of(s)), request(SightingFormat.GEOJSON, out).withFieldsOfView(60));
            JsonNode root = new ObjectMapper().readTree(out.toFile());
            assertThat(Rfc7946Check.problems(root)).isEmpty();
            // A cone across the antimeridian is left out (RFC 7946 would want it cut in two); none elsewhere.
            int cones = root.get("features").size() - 1;
            if (Math.abs(lon) < 179.99) {
                assertThat(cones).isEqualTo(directions.size());
            } else {
                assertThat(cones).isBetween(0, directions.size());
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(folder);
        }
    }

    @Provide
    Arbitrary<List<Direction>> directions() {
        Arbitrary<Direction> bearing = Arbitraries.doubles().between(0, 360).ofScale(1).map(Direction.Bearing::new);
        Arbitrary<Direction> sector = Arbitraries.doubles().between(0, 359).ofScale(0).flatMap(from ->
                Arbitraries.doubles().between(0, 360).ofScale(0).filter(to -> to != from)
                        .map(to -> (Direction) new Direction.Sector(from, to)));
        return Arbitraries.oneOf(bearing, sector).list().ofMaxSize(3);
    }

    /** The checker is the spec: it must see each broken rule, or the tests above prove nothing. */
    @Nested
    class TheChecker {
        private List<String> check(String json) throws Exception {
            return Rfc7946Check.problems(new ObjectMapper().readTree(json));
        }

        @Test
        void refusesAClockwiseExteriorRing() throws Exception {
            assertThat(check("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}"))
                    .anyMatch(p -> p.contains("counter-clockwise"));
            assertThat(check("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}")).isEmpty();
        }

        @Test
        void refusesAnOpenRingACrsAndLatitudeFirst() throws Exception {
            assertThat(check("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))
                    .anyMatch(p -> p.contains("not closed"));
            assertThat(check("{\"type\":\"FeatureCollection\",\"crs\":{},\"features\":[]}")).anyMatch(p -> p.contains("crs"));
            assertThat(check("{\"type\":\"Point\",\"coordinates\":[48.85,172.35]}")).anyMatch(p -> p.contains("range"));
            assertThat(check("{\"type\":\"Feature\",\"geometry\":null}")).anyMatch(p -> p.contains("properties"));
        }
    }
}
