package org.contrechamp.ui.stats;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

import javax.imageio.ImageIO;

import org.contrechamp.core.common.AtomicFiles;

/**
 * A chart as a PNG file: the picture is taken on the FX thread (the only place a node can be drawn),
 * at twice the screen's size so that it prints sharp; encoding and writing happen in the background.
 */
final class ChartFiles {

    private static final double SCALE = 2;

    private ChartFiles() {
    }

    /** The chart's pixels (ARGB), taken now: call on the FX thread. */
    static Picture take(Node chart) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        WritableImage image = chart.snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return new Picture(width, height, pixels);
    }

    /** The pixels of one picture, ready to encode off the FX thread. */
    record Picture(int width, int height, int[] argb) {

        /** Encodes and writes the PNG through a temporary file moved over {@code target}. */
        void writePng(Path target) throws IOException {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            image.setRGB(0, 0, width, height, argb, 0, width);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
            AtomicFiles.write(target, png.toByteArray(), false);
        }
    }
}
