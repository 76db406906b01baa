package org.contrechamp.core.area;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A made street with a pole of two cameras already in OpenStreetMap: node 501 a metre east of
 * ({@link #LAT}, {@link #LON}) looking west, node 502 two and a half metres east looking east.
 */
public final class PoleOfTwoCameras {

    public static final double LAT = 48.86;
    public static final double LON = 2.35;
    /** About one metre east, in degrees of longitude at this latitude. */
    private static final double ONE_M_LON = 1 / (111_195.0 * Math.cos(Math.toRadians(LAT)));

    private PoleOfTwoCameras() {
    }

    public static Path write(Path file) throws IOException {
        return OsmXml.create()
                .node(1, LAT, LON - 300 * ONE_M_LON).node(2, LAT, LON + 300 * ONE_M_LON)
                .way(10, new long[] {1, 2}, "highway", "residential", "name", "Rue du Poteau")
                .node(501, LAT, LON + 1 * ONE_M_LON, "man_made", "surveillance", "surveillance:type", "camera",
                        "camera:type", "fixed", "camera:direction", "270")
                .node(502, LAT, LON + 2.5 * ONE_M_LON, "man_made", "surveillance", "surveillance:type", "camera",
                        "camera:type", "fixed", "camera:direction", "90")
                .write(file);
    }
}
