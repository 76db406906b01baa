package org.contrechamp.storage.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.imageio.ImageIO;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.map.RasterTilesInfo;
import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MbTilesFileTest {

    @TempDir
    Path dir;

    private static String code(Throwable e) {
        return ((InvalidInputException) e).problems().get(0).code();
    }

    @Test
    void aCityFileWithoutZoomMetadataTakesItsZoomsFromTheTiles() {
        try (MbTilesFile berlin = MbTilesFile.open(Fixtures.require("mbtiles/berlin_stamen_toner_z10-13.mbtiles"))) {
            RasterTilesInfo info = berlin.info();
            assertThat(info.name()).isEqualTo("My Map");
            assertThat(info.format()).isEqualTo("png");
            assertThat(info.minZoom()).isEqualTo(10);
            assertThat(info.maxZoom()).isEqualTo(13);
            assertThat(info.tileCount()).isEqualTo(50);
            assertThat(info.bounds().contains(52.52, 13.40)).isTrue();
            assertThat(info.attribution()).isEmpty();
        }
    }

    @Test
    void rowsAreFlippedFromTheTmsScheme() {
        try (MbTilesFile berlin = MbTilesFile.open(Fixtures.require("mbtiles/berlin_stamen_toner_z10-13.mbtiles"))) {
            // Berlin centre (52.52 N, 13.40 E) at zoom 12 is tile x 2200, y 1343 (counted from the north)
            assertThat(berlin.tile(12, 2200, 1343, 1)).hasValueSatisfying(t -> assertThat(t.getWidth()).isEqualTo(256));
            assertThat(berlin.tile(12, 2200, (1 << 12) - 1 - 1343, 1)).as("the unflipped row is elsewhere").isEmpty();
            assertThat(berlin.tile(12, 2200, 1343, 2)).hasValueSatisfying(t -> assertThat(t.getWidth()).isEqualTo(512));
            assertThat(berlin.tile(3, 0, 0, 1)).isEmpty();
        }
    }

    @Test
    void jpegTilesAndViewsOverDeduplicatedImagesAreRead() {
        try (MbTilesFile world = MbTilesFile.open(Fixtures.require("mbtiles/mbtileserver_geography-class-jpg_z0-1.mbtiles"))) {
            assertThat(world.info().format()).isEqualTo("jpg");
            assertThat(world.tile(0, 0, 0, 1)).isPresent();
            assertThat(world.tile(1, 1, 1, 1)).isPresent();
        }
        try (MbTilesFile plain = MbTilesFile.open(Fixtures.require("mbtiles/node-mbtiles_plain_1_world_z0-4.mbtiles"))) {
            assertThat(plain.info().maxZoom()).isEqualTo(4);
            assertThat(plain.tile(2, 1, 1, 1)).isPresent();
        }
    }

    @Test
    void invalidAndCorruptFilesGiveClearErrors() throws IOException {
        assertThatThrownBy(() -> MbTilesFile.open(Fixtures.require("mbtiles/mbtileserver_invalid.mbtiles")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("mbtiles-no-tiles-table"));
        assertThatThrownBy(() -> MbTilesFile.open(Fixtures.require("mbtiles/node-mbtiles_corrupt.mbtiles")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("mbtiles-corrupt"));
        Path text = Files.writeString(dir.resolve("notes.mbtiles"), "not a database");
        assertThatThrownBy(() -> MbTilesFile.open(text)).satisfies(e -> assertThat(code(e)).isEqualTo("mbtiles-not-sqlite"));
        assertThatThrownBy(() -> MbTilesFile.open(dir.resolve("absent.mbtiles")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("file-not-found"));
    }

    @Test
    void vectorTilesEmptyFilesAndUndecodableTilesAreHandled() throws Exception {
        Path vector = made("vector.mbtiles", "pbf", new byte[] {0x1a, 0x02, 0x00});
        assertThatThrownBy(() -> MbTilesFile.open(vector)).satisfies(e -> assertThat(code(e)).isEqualTo("mbtiles-vector"));
        Path empty = made("empty.mbtiles", "png", null);
        assertThatThrownBy(() -> MbTilesFile.open(empty)).satisfies(e -> assertThat(code(e)).isEqualTo("mbtiles-empty"));
        Path broken = made("broken.mbtiles", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        try (MbTilesFile file = MbTilesFile.open(broken)) {
            assertThat(file.tile(0, 0, 0, 1)).as("an undecodable tile is a missing tile").isEmpty();
        }
    }

    @Test
    void htmlAttributionIsShownAsPlainText() throws Exception {
        Path file = made("credit.mbtiles", null, png());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO metadata VALUES ('attribution', '<a href=\"https://osm.org\">&copy; OpenStreetMap</a> contributors')");
        }
        try (MbTilesFile tiles = MbTilesFile.open(file)) {
            assertThat(tiles.attribution()).isEqualTo("© OpenStreetMap contributors");
            assertThat(tiles.info().format()).as("sniffed from the tile").isEqualTo("png");
            assertThat(tiles.info().name()).isEqualTo("credit.mbtiles");
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(256, 256, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A one-tile MBTiles file (tile 0/0/0), or none when {@code tile} is null. */
    private Path made(String name, String format, byte[] tile) throws SQLException {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.executeUpdate("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            if (format != null) {
                s.executeUpdate("INSERT INTO metadata VALUES ('format', '" + format + "')");
            }
            if (tile != null) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO tiles VALUES (0, 0, 0, ?)")) {
                    insert.setBytes(1, tile);
                    insert.executeUpdate();
                }
            }
        }
        return file;
    }
}
