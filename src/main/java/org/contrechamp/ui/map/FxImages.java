package org.contrechamp.ui.map;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Java2D images (what the core draws) into JavaFX images, without the javafx-swing module. */
public final class FxImages {

    private FxImages() {
    }

    /** Safe to call off the FX thread: the image is not in a scene yet. */
    public static WritableImage toFx(BufferedImage source) {
        int width = source.getWidth();
        int height = source.getHeight();
        int[] argb = source.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
                IntBuffer.wrap(argb), width);
        return image;
    }
}
