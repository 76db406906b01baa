package org.contrechamp.core.photo.thumbnail;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.contrechamp.core.photo.PhotoFormat;

/**
 * Whether a photo's picture is whole, so that an import can refuse a file cut short or damaged
 * instead of storing it as a draft whose preview is grey or black. A JPEG is checked by reading
 * every block's codes at 1/8 scale ({@link JpegDcDecoder}: no pixels made); what that decoder
 * cannot read, and the other formats Java decodes, go through ImageIO (every n-th pixel). HEIF,
 * AVIF and WebP, which Java cannot decode, are taken as they are. Stateless and thread-safe.
 */
public final class PictureCheck {

    private PictureCheck() {
    }

    public static PictureDamage of(byte[] content, PhotoFormat format) {
        if (format == PhotoFormat.JPEG) {
            Optional<PictureDamage> fast = JpegDcDecoder.damage(content);
            if (fast.isPresent()) {
                return fast.get();
            }
        }
        if (format == PhotoFormat.JPEG || format == PhotoFormat.PNG || format == PhotoFormat.TIFF) {
            return byImageIo(content);
        }
        return PictureDamage.NONE;
    }

    private static PictureDamage byImageIo(byte[] content) {
        AtomicBoolean cutShort = new AtomicBoolean();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return PictureDamage.NONE;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // libjpeg says "premature end of data segment" and fills the rest with grey.
                reader.addIIOReadWarningListener((source, warning) -> {
                    if (warning != null && warning.contains("premature end")) {
                        cutShort.set(true);
                    }
                });
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (ThumbnailMaker.tooLarge(w, h)) {
                    return PictureDamage.NONE; // not decoded at all: the thumbnail says "too large"
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(w, h) / (ThumbnailMaker.EDGE * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (EOFException e) {
            return PictureDamage.ENDS_EARLY;
        } catch (IOException | RuntimeException e) {
            return e.getCause() instanceof EOFException ? PictureDamage.ENDS_EARLY : PictureDamage.DAMAGED;
        } catch (OutOfMemoryError e) {
            return PictureDamage.NONE;
        }
        return cutShort.get() ? PictureDamage.DAMAGED : PictureDamage.NONE;
    }
}
