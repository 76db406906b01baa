package org.contrechamp.core.bundle;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.w3c.dom.Node;

/**
 * Makes the copy of a photo that may leave the laptop: decoded to pixels, turned upright (EXIF
 * orientation), scaled so its long edge is at most the shared size, redaction boxes filled opaque
 * black, and encoded as a fresh JPEG with no metadata segment at all (no EXIF, XMP, ICC, IPTC, JFIF
 * header, comment or thumbnail) and nothing after the image. Decoding and re-encoding the pixels is
 * what removes everything; stripping segments one by one leaks (docs/adr/0033-shared-photo-recipe.md).
 * Thread-safe: each call uses its own reader and writer.
 */
public final class SharedPhotoEncoder {

    /** Originals above this are refused rather than risk memory (decoding is subsampled anyway). */
    static final long MAX_SOURCE_PIXELS = 400_000_000L;
    private static final float QUALITY = 0.85f;
    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

    private SharedPhotoEncoder() {
    }

    /**
     * Why a photo could not be shared (unreadable format, too big...): a reason code, the suffix of a
     * {@code photo.unshared.*} message, and the values it quotes. The exception's message is for logs.
     */
    public static final class UnshareablePhotoException extends Exception {
        private final String reason;
        private final transient List<Object> args;

        UnshareablePhotoException(String reason, Throwable cause, Object... args) {
            super(reason + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args)), cause);
            this.reason = reason;
            this.args = List.of(args);
        }

        /** The reason code: {@code format-not-readable}, {@code too-many-pixels}, {@code cannot-decode}... */
        public String reason() {
            return reason;
        }

        public List<Object> args() {
            return args;
        }
    }

    public static byte[] encode(Path original, int orientation, int maxEdge, List<Redaction> boxes)
            throws UnshareablePhotoException {
        BufferedImage decoded = decode(original, maxEdge);
        BufferedImage upright = orient(decoded, orientation);
        BufferedImage scaled = scale(upright, maxEdge);
        redact(scaled, boxes);
        return writeJpeg(scaled);
    }

    private static BufferedImage decode(Path file, int maxEdge) throws UnshareablePhotoException {
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnshareablePhotoException("format-not-readable", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_SOURCE_PIXELS) {
                    throw new UnshareablePhotoException("too-many-pixels", null, width, height);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // Decoding every second (third...) pixel when the photo is far bigger than the shared
                // size saves most of the time and memory; the final scaling still filters properly.
                int step = Math.max(1, Math.max(width, height) / (2 * maxEdge));
                param.setSourceSubsampling(step, step, 0, 0);
                return toRgb(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnshareablePhotoException("cannot-decode", e, String.valueOf(e.getMessage()));
        }
    }

    /** Plain 8-bit RGB; transparency is laid over white. JPEG decodes to RGB already: no copy then. */
    private static BufferedImage toRgb(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Applies EXIF orientation 1–8 (2, 4, 5, 7 mirror; 5–8 swap width and height). */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> throw new IllegalStateException();
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    /**
     * Halves with bilinear filtering while far too big, then one bilinear step (a factor between 0.5
     * and 1) to the exact size: each step samples every source pixel, so no detail aliases, at a
     * fraction of the cost of bicubic filtering.
     */
    static BufferedImage scale(BufferedImage image, int maxEdge) {
        int longEdge = Math.max(image.getWidth(), image.getHeight());
        if (longEdge <= maxEdge) {
            return image;
        }
        double factor = (double) maxEdge / longEdge;
        int targetW = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int targetH = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return resize(current, targetW, targetH, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    private static BufferedImage resize(BufferedImage image, int w, int h, Object interpolation) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Fills each box, rounded outward to whole pixels so that no edge of a face shows. */
    static void redact(BufferedImage image, List<Redaction> boxes) {
        if (boxes.isEmpty()) {
            return;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        for (Redaction r : boxes) {
            int x0 = (int) Math.floor(r.x() * w);
            int y0 = (int) Math.floor(r.y() * h);
            int x1 = (int) Math.ceil((r.x() + r.width()) * w);
            int y1 = (int) Math.ceil((r.y() + r.height()) * h);
            g.fillRect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
        }
        g.dispose();
    }

    private static byte[] writeJpeg(BufferedImage image) throws UnshareablePhotoException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            withoutJfif(metadata);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UnshareablePhotoException("cannot-encode", e, String.valueOf(e.getMessage()));
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JPEG writer adds a JFIF APP0 segment by default; the shared copy has none. */
    private static void withoutJfif(IIOMetadata metadata) throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(JPEG_METADATA);
        Node variety = root.getElementsByTagName("JPEGvariety").item(0);
        if (variety != null) {
            while (variety.hasChildNodes()) {
                variety.removeChild(variety.getFirstChild());
            }
        }
        metadata.setFromTree(JPEG_METADATA, root);
    }
}
