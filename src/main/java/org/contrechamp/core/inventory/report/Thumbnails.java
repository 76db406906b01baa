package org.contrechamp.core.inventory.report;

import java.awt.image.BufferedImage;
import java.util.Optional;

/** The small pictures of an inventory's table, from the photos' shared (stripped, redacted) copies. */
@FunctionalInterface
public interface Thumbnails {

    /** No pictures (tests, benchmarks of the layout). */
    Thumbnails NONE = photo -> Optional.empty();

    /** The picture of a photo named as this computer names it; empty when its shared copy is not in the store. */
    Optional<BufferedImage> thumbnail(String photo);
}
