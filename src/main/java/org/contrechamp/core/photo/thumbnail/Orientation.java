package org.contrechamp.core.photo.thumbnail;

import java.awt.image.BufferedImage;

/**
 * Applies an EXIF orientation (1 to 8) to pixels, so that a thumbnail stands the way the camera
 * was held: 2 mirror, 3 half turn, 4 upside-down mirror, 5 transpose, 6 quarter turn clockwise,
 * 7 transverse, 8 quarter turn counter-clockwise. Done pixel by pixel on thumbnail-sized images,
 * which is both cheap and easy to check.
 */
public final class Orientation {

    private Orientation() {
    }

    public static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        int outW = swap ? h : w;
        int outH = swap ? w : h;
        int[] src = image.getRGB(0, 0, w, h, null, 0, w);
        int[] dst = new int[outW * outH];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; } // 8
                }
                dst[y * outW + x] = src[sy * w + sx];
            }
        }
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, outW, outH, dst, 0, outW);
        return out;
    }
}
