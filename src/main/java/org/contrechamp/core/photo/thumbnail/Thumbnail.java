package org.contrechamp.core.photo.thumbnail;

/**
 * A thumbnail (a JPEG, orientation applied, long edge {@link ThumbnailMaker#EDGE} at most), or the
 * reason there is none: a "no preview" placeholder is shown instead.
 *
 * @param method how it was made: {@code embedded} (the file's own preview), {@code dc} (JPEG
 *               decoded at 1/8 scale), {@code subsampled} (ImageIO reading every n-th pixel) or
 *               {@code none}
 */
public record Thumbnail(byte[] jpeg, int width, int height, String method, String noPreviewReason) {

    public static Thumbnail none(String reason) {
        return new Thumbnail(null, 0, 0, "none", reason);
    }

    public boolean exists() {
        return jpeg != null;
    }
}
