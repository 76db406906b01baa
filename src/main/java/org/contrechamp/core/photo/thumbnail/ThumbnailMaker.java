package org.contrechamp.core.photo.thumbnail;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.contrechamp.core.photo.PhotoFormat;
import org.contrechamp.core.photo.PhotoMetadata;

/**
 * Makes the small pictures the window shows, the cheapest way that looks right:
 * <ol>
 * <li>the file's embedded EXIF preview when it is large enough and has the photo's proportions;</li>
 * <li>for a JPEG, decoding at 1/8 scale from the DC coefficients ({@link JpegDcDecoder}): no
 * inverse DCT, no full-size image in memory;</li>
 * <li>otherwise ImageIO, reading only every n-th pixel (source subsampling).</li>
 * </ol>
 * Then the EXIF orientation is applied and the result scaled to {@link #EDGE} pixels on its long
 * edge. A header claiming more than {@link #MAX_PIXELS} pixels (a decompression bomb, or a photo
 * no phone takes) is not decoded at all; HEIF and AVIF, which Java cannot decode, get "no preview".
 * Stateless and thread-safe; never throws for a bad image.
 */
public final class ThumbnailMaker {

    /** Long edge of a thumbnail, in pixels. */
    public static final int EDGE = 320;
    /** Above this many pixels a header is not believed: 256 MP leaves room for 200 MP phone sensors. */
    public static final long MAX_PIXELS = 256L * 1000 * 1000;

    public Thumbnail make(byte[] content, PhotoMetadata metadata) {
        try {
            return makeOrThrow(content, metadata);
        } catch (IOException | RuntimeException e) {
            return Thumbnail.none("damaged");
        } catch (OutOfMemoryError e) {
            return Thumbnail.none("too-large");
        }
    }

    private Thumbnail makeOrThrow(byte[] content, PhotoMetadata metadata) throws IOException {
        if (metadata.format() == PhotoFormat.HEIF || metadata.format() == PhotoFormat.AVIF) {
            return Thumbnail.none("not-decodable");
        }
        if (tooLarge(metadata.width(), metadata.height())) {
            return Thumbnail.none("too-large");
        }
        int orientation = metadata.displayOrientation();
        if (metadata.format() == PhotoFormat.JPEG) {
            Optional<BufferedImage> embedded = embeddedPreview(content, metadata);
            if (embedded.isPresent()) {
                return finish(embedded.get(), orientation, "embedded");
            }
            // At 1/8 scale the long edge must still reach EDGE; smaller photos decode cheaply anyway.
            if (metadata.width() != null && metadata.height() != null
                    && Math.max(metadata.width(), metadata.height()) >= EDGE * 8) {
                Optional<BufferedImage> dc = JpegDcDecoder.decode(content);
                if (dc.isPresent()) {
                    return finish(dc.get(), orientation, "dc");
                }
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Thumbnail.none("not-decodable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (tooLarge(w, h)) {
                    return Thumbnail.none("too-large");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(w, h) / (EDGE * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return finish(reader.read(0, param), orientation, "subsampled");
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * A picture of at most {@code edge} pixels on its long edge from an image with no metadata at
     * hand (a shared copy, already stripped and upright): 1/8-scale DC decoding when that is still
     * large enough, else ImageIO with subsampling. Empty for anything that cannot be decoded.
     */
    public Optional<BufferedImage> small(byte[] content, int edge) {
        try {
            int[] size = JpegDcDecoder.frameSize(content, 0, content.length);
            if (size != null && tooLarge(size[0], size[1])) {
                return Optional.empty();
            }
            if (size != null && Math.max(size[0], size[1]) >= edge * 8) {
                Optional<BufferedImage> dc = JpegDcDecoder.decode(content);
                if (dc.isPresent()) {
                    return Optional.of(scale(dc.get(), edge));
                }
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    return Optional.empty();
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    int w = reader.getWidth(0);
                    int h = reader.getHeight(0);
                    if (tooLarge(w, h)) {
                        return Optional.empty();
                    }
                    ImageReadParam param = reader.getDefaultReadParam();
                    int step = Math.max(1, Math.max(w, h) / (edge * 2));
                    param.setSourceSubsampling(step, step, 0, 0);
                    return Optional.of(scale(reader.read(0, param), edge));
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return Optional.empty();
        }
    }

    static boolean tooLarge(Integer width, Integer height) {
        return width != null && height != null && (long) width * height > MAX_PIXELS;
    }

    /**
     * The EXIF thumbnail, when it can stand for the photo: long edge at least {@link #EDGE}, and the
     * photo's proportions (a 4:3 preview of a 16:9 photo has black bands).
     */
    private static Optional<BufferedImage> embeddedPreview(byte[] content, PhotoMetadata metadata) throws IOException {
        PhotoMetadata.EmbeddedPreview preview = metadata.preview();
        if (preview == null || metadata.width() == null || metadata.height() == null
                || preview.offset() + preview.length() > content.length) {
            return Optional.empty();
        }
        int[] size = JpegDcDecoder.frameSize(content, (int) preview.offset(), preview.length());
        if (size == null || Math.max(size[0], size[1]) < EDGE) {
            return Optional.empty();
        }
        double photoRatio = (double) metadata.width() / metadata.height();
        double previewRatio = (double) size[0] / size[1];
        if (Math.abs(photoRatio - previewRatio) / photoRatio > 0.02) {
            return Optional.empty();
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content, (int) preview.offset(), preview.length()));
        return Optional.ofNullable(image);
    }

    private static Thumbnail finish(BufferedImage decoded, int orientation, String method) throws IOException {
        BufferedImage scaled = scale(decoded, EDGE);
        BufferedImage oriented = Orientation.apply(scaled, orientation);
        return new Thumbnail(encodeJpeg(oriented, 0.85f, false), oriented.getWidth(), oriented.getHeight(), method, null);
    }

    /** Scales down by halving steps then one bilinear step: smooth without the cost of area averaging. */
    static BufferedImage scale(BufferedImage image, int edge) {
        BufferedImage current = toRgb(image);
        int w = current.getWidth();
        int h = current.getHeight();
        int targetW = w >= h ? Math.min(edge, w) : Math.max(1, (int) Math.round((double) w * Math.min(edge, h) / h));
        int targetH = w >= h ? Math.max(1, (int) Math.round((double) h * Math.min(edge, w) / w)) : Math.min(edge, h);
        while (w / 2 >= targetW && h / 2 >= targetH) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h);
        }
        return w == targetW && h == targetH ? current : draw(current, targetW, targetH);
    }

    private static BufferedImage draw(BufferedImage source, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Alpha on white, any colour model to plain RGB (JPEG has no alpha). */
    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Encodes a picture as JPEG with ImageIO (progressive or baseline). */
    public static byte[] encodeJpeg(BufferedImage image, float quality, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
