package org.contrechamp.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.contrechamp.core.photo.PhotoLibrary;

/**
 * Photos made by the tests: JPEGs with a recognisable layout, a marker segment or trailer spliced in
 * where a test needs one, and a {@link PhotoLibrary} over a folder of files (the photo store itself
 * belongs to another feature).
 */
public final class TestJpegs {

    private TestJpegs() {
    }

    /** A {@code width × height} JPEG: red top-left quadrant, the rest blue, a green stripe at the bottom. */
    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.setColor(Color.GREEN);
        g.fillRect(0, height - Math.max(1, height / 10), width, Math.max(1, height / 10));
        g.dispose();
        return encode(image);
    }

    /**
     * A {@code width × height} JPEG of random pixels (seeded): it compresses badly, so that its
     * shared copy is about as large as a real photo's, for tests that fill a disk.
     */
    public static byte[] noise(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return encode(image);
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Inserts a marker segment (e.g. 0xE1 with an Exif payload, 0xFE a comment) right after SOI. */
    public static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        int length = payload.length + 2;
        byte[] out = new byte[jpeg.length + 4 + payload.length];
        out[0] = (byte) 0xff;
        out[1] = (byte) 0xd8;
        out[2] = (byte) 0xff;
        out[3] = (byte) marker;
        out[4] = (byte) (length >> 8);
        out[5] = (byte) length;
        System.arraycopy(payload, 0, out, 6, payload.length);
        System.arraycopy(jpeg, 2, out, 6 + payload.length, jpeg.length - 2);
        return out;
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A photo library over files added to it; orientation per photo as given. */
    public static final class Library implements PhotoLibrary {
        private final Map<String, Path> files = new HashMap<>();
        private final Map<String, Integer> orientations = new HashMap<>();

        public String add(Path file, int orientation) {
            try {
                String sha = sha256(Files.readAllBytes(file));
                files.put(sha, file);
                orientations.put(sha, orientation);
                return sha;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String add(Path dir, byte[] data, int orientation) {
            try {
                String sha = sha256(data);
                Path file = Files.createDirectories(dir).resolve(sha + ".jpg");
                Files.write(file, data);
                return add(file, orientation);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<Path> originalFile(String sha256) {
            return Optional.ofNullable(files.get(sha256));
        }

        @Override
        public int orientation(String sha256) {
            return orientations.getOrDefault(sha256, 1);
        }
    }
}
