package org.contrechamp.storage.tiles;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import javax.imageio.ImageIO;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.map.RasterTiles;
import org.contrechamp.core.map.RasterTilesInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * A raster MBTiles file (an SQLite database, spec 1.x) as a tile source, read-only. Rows count from
 * the south (TMS), so a request's y is flipped. Metadata is optional: what it does not say is worked
 * out from the tiles. Tiles of another size than asked for are resampled; a tile that does not decode
 * counts as missing. Thread-safe (one query at a time).
 */
public final class MbTilesFile implements RasterTiles {

    private static final Logger LOG = LoggerFactory.getLogger(MbTilesFile.class);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final RasterTilesInfo info;
    private final ReentrantLock lock = new ReentrantLock();

    private MbTilesFile(Path file, Connection connection, RasterTilesInfo info) {
        this.file = file;
        this.connection = connection;
        this.info = info;
    }

    /** Opens and checks a file; see {@link org.contrechamp.core.map.RasterTileFiles}. */
    public static MbTilesFile open(Path file) {
        String name = file.toString();
        requireSqlite(file);
        Connection connection = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            RasterTilesInfo info = MbTilesMetadata.read(file, connection);
            return new MbTilesFile(file, connection, info);
        } catch (SQLException e) {
            close(connection);
            throw new InvalidInputException(Problem.of(name, corrupt(e) ? "mbtiles-corrupt" : "mbtiles-unreadable",
                    String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    static boolean corrupt(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_CORRUPT") || message.contains("SQLITE_NOTADB") || message.contains("malformed");
    }

    private static void requireSqlite(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(Problem.of(name, "mbtiles-not-sqlite"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (!Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC)) {
                throw new InvalidInputException(Problem.of(name, "mbtiles-not-sqlite"));
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.of(name, "file-not-found"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.of(name, "file-unreadable", String.valueOf(e.getMessage())));
        }
    }

    @Override
    public RasterTilesInfo info() {
        return info;
    }

    @Override
    public String id() {
        return "mbtiles:" + file.toAbsolutePath();
    }

    @Override
    public String attribution() {
        return info.attribution();
    }

    @Override
    public int minZoom() {
        return info.minZoom();
    }

    @Override
    public int maxZoom() {
        return info.maxZoom();
    }

    @Override
    public Optional<BufferedImage> tile(int zoom, long x, long y, int scale) {
        if (zoom < 0 || zoom > 30 || x < 0 || y < 0 || x >= (1L << zoom) || y >= (1L << zoom) || scale < 1) {
            return Optional.empty();
        }
        long row = (1L << zoom) - 1 - y;
        byte[] data;
        lock.lock();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")) {
            s.setInt(1, zoom);
            s.setLong(2, x);
            s.setLong(3, row);
            try (ResultSet r = s.executeQuery()) {
                data = r.next() ? r.getBytes(1) : null;
            }
        } catch (SQLException e) {
            LOG.warn("reading a tile failed", e);
            return Optional.empty();
        } finally {
            lock.unlock();
        }
        if (data == null || data.length == 0) {
            return Optional.empty();
        }
        return decode(data).map(image -> resized(image, 256 * scale));
    }

    private static Optional<BufferedImage> decode(byte[] data) {
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(data)));
        } catch (IOException | RuntimeException e) {
            LOG.debug("a tile could not be decoded", e);
            return Optional.empty();
        }
    }

    private static BufferedImage resized(BufferedImage image, int size) {
        if (image.getWidth() == size && image.getHeight() == size && image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        BufferedImage result = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = result.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            close(connection);
        } finally {
            lock.unlock();
        }
    }

    private static void close(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("closing an MBTiles file failed", e);
        }
    }
}
