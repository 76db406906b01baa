package org.contrechamp.ui.inventory;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.contrechamp.core.inventory.report.InventoryPages;

/** A page painted as a picture, for the preview and the printer (run off the FX thread). */
final class PageImages {

    private PageImages() {
    }

    /** Page {@code index} at {@code dpi} dots per inch. */
    static BufferedImage paint(InventoryPages pages, int index, double dpi) {
        double scale = dpi / 72.0;
        int width = (int) Math.ceil(pages.paper().width() * scale);
        int height = (int) Math.ceil(pages.paper().height() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            pages.paint(index, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The same pixels as a JavaFX image (the javafx-swing module is not used). */
    static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return fx;
    }
}
