package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.storage.tiles.MbTilesFile;
import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The area and tiles commands end to end, on the Monaco extract and the MBTiles fixtures. */
class AreaCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLocale(Locale.ENGLISH),
                explicit -> LocalWorkspace.open(dir.resolve("data")), MbTilesFile::open);
        return Cli.run(context, args);
    }

    private JsonNode json() throws IOException {
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importPrintsTheCountsAndBoundsAsJson() throws IOException {
        Path pbf = Fixtures.require("osm-monaco/monaco-2021-04-21.osm.pbf");
        assertThat(run("area", "import", pbf.toString(), "--json")).isZero();
        JsonNode summary = json();
        assertThat(summary.get("cameras").asInt()).isEqualTo(10);
        assertThat(summary.get("ways").asInt()).isEqualTo(4106);
        assertThat(summary.get("streets").asInt()).isPositive();
        assertThat(summary.get("streetNames").asInt()).isPositive();
        assertThat(summary.get("buildings").asInt()).isPositive();
        assertThat(summary.get("bounds")).hasSize(4);
        assertThat(summary.get("bounds").get(0).asDouble()).isLessThan(summary.get("bounds").get(2).asDouble());

        assertThat(run("area", "street", "--lat", "43.7311", "--lon", "7.4197", "--json")).isZero();
        JsonNode street = json();
        assertThat(street.get("name").isTextual()).isTrue();
        assertThat(street.get("distanceMeters").asDouble()).isBetween(0.0, 40.0);
        assertThat(street.get("wayId").asLong()).isPositive();

        assertThat(run("area", "street", "--lat", "43.7250", "--lon", "7.4350", "--json")).isZero();
        assertThat(json().get("name").isNull()).isTrue();

        Path png = dir.resolve("monaco.png");
        assertThat(run("area", "render", "--bbox", "7.415,43.728,7.428,43.736", "--width", "640", "--height", "480",
                "--out", png.toString())).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(640);

        assertThat(run("area", "cameras", "--json")).isZero();
        assertThat(json()).hasSize(10);
    }

    @Test
    void renderHasADefaultSizeAndRefusesABoxOutsideTheArea() throws IOException {
        assertThat(run("area", "import", Fixtures.require("osm-monaco/monaco-2021-04-21.osm.pbf").toString())).isZero();
        Path png = dir.resolve("default.png");
        assertThat(run("area", "render", "--bbox", "7.415,43.728,7.428,43.736", "--out", png.toString())).isZero();
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).as("the box's proportions on the map").isBetween(850, 890);
        assertThat(run("area", "render", "--bbox", "7.415,43.728,7.428,43.736", "--width", "400", "--out", png.toString()))
                .isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(400);

        Path swapped = dir.resolve("swapped.png");
        assertThat(run("area", "render", "--bbox", "43.728,7.415,43.736,7.428", "--out", swapped.toString())).isEqualTo(1);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).contains("--bbox").contains("does not touch the area").contains("minLon,minLat,maxLon,maxLat")
                .containsPattern("7\\.4[0-9]*,43\\.7[0-9]*,7\\.4[0-9]*,43\\.7[0-9]*");
        assertThat(swapped).doesNotExist();
        assertThat(run("area", "render", "--bbox", "2.30,48.80,2.40,48.90", "--out", swapped.toString())).isEqualTo(1);
        assertThat(swapped).doesNotExist();
        assertThat(run("area", "render", "--bbox", "7.40,43.70,7.42,43.74", "--out", swapped.toString()))
                .as("a box partly over the area").isZero();
    }

    @Test
    void coordinatesInJsonCarryNoBinaryNoise() throws IOException {
        assertThat(run("area", "import", Fixtures.require("osm-monaco/monaco-2021-04-21.osm.pbf").toString(), "--json"))
                .isZero();
        for (JsonNode bound : json().get("bounds")) {
            assertThat(bound.asText()).matches("-?[0-9]+(\\.[0-9]{1,7})?");
        }
        for (JsonNode bound : json().get("dataBounds")) {
            assertThat(bound.asText()).matches("-?[0-9]+(\\.[0-9]{1,7})?");
        }
        assertThat(run("area", "cameras", "--json")).isZero();
        for (JsonNode camera : json()) {
            assertThat(camera.get("lat").asText()).matches("-?[0-9]+(\\.[0-9]{1,7})?");
            assertThat(camera.get("lon").asText()).matches("-?[0-9]+(\\.[0-9]{1,7})?");
        }
    }

    @Test
    void aBadExtractExitsWithOneAndAMessageNamingTheFile() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.osm.pbf"), "not a map");
        assertThat(run("area", "import", junk.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("junk.osm.pbf").contains("not an OpenStreetMap extract");
    }

    @Test
    void withoutAnAreaTheLookupsSayWhatToDo() {
        assertThat(run("area", "street", "--lat", "43.73", "--lon", "7.42")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("area import");
    }

    @Test
    void aBoxNotWrittenAsOneIsAUsageErrorAndSizesTooLargeAreInputErrors() {
        assertThat(run("area", "render", "--bbox", "7.44,43.72,7.40,43.75", "--width", "100", "--height", "100", "--out",
                dir.resolve("x.png").toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--bbox");
        assertThat(run("area", "render", "--bbox", "7.40,43.72,7.44,43.75", "--width", "100000", "--height", "100", "--out",
                dir.resolve("x.png").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--width");
        assertThat(run("area", "render", "--bbox", "7.40,43.72,7.44,43.75", "--width", "9000", "--height", "9000", "--out",
                dir.resolve("x.png").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("million pixels");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void tilesInfoDescribesAnMbtilesFileOrSaysWhyItCannotBeUsed() throws IOException {
        assertThat(run("tiles", "info", Fixtures.require("mbtiles/berlin_stamen_toner_z10-13.mbtiles").toString(), "--json"))
                .isZero();
        JsonNode info = json();
        assertThat(info.get("minZoom").asInt()).isEqualTo(10);
        assertThat(info.get("maxZoom").asInt()).isEqualTo(13);
        assertThat(info.get("format").asText()).isEqualTo("png");
        assertThat(run("tiles", "info", Fixtures.require("mbtiles/node-mbtiles_corrupt.mbtiles").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("damaged");
        assertThat(run("tiles", "info", Fixtures.require("mbtiles/mbtileserver_invalid.mbtiles").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no tiles table");
    }
}
