package org.contrechamp.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;

/**
 * Contrechamp's icon in the sizes the system picks from for the title bar, the task bar and the
 * window switcher (made from assets/icon/contrechamp.svg by assets/icon/make-icons.sh).
 */
final class WindowIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static List<Image> loaded;

    private WindowIcons() {
    }

    /** Loaded once, on the FX thread; a missing size is left out rather than failing the window. */
    static synchronized List<Image> all() {
        if (loaded == null) {
            List<Image> images = new ArrayList<>();
            for (int size : SIZES) {
                try (InputStream png = WindowIcons.class.getResourceAsStream("icon/contrechamp-" + size + ".png")) {
                    if (png != null) {
                        images.add(new Image(png));
                    }
                } catch (IOException e) {
                    // a size that cannot be read is left out: the system scales another
                }
            }
            loaded = List.copyOf(images);
        }
        return loaded;
    }
}
