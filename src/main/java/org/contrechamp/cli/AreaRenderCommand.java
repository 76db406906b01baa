package org.contrechamp.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code area render --bbox B --out FILE.png [--width W] [--height H] [--scale S]}: the drawn basemap
 * of a box as a PNG, with the attribution, written whole or not at all. Without a size, the image is
 * {@value #DEFAULT_LONG_EDGE} pixels on its long edge with the box's own proportions; with one of
 * them, the other follows the box. A box that does not touch the area is refused: it would only be a
 * blank image, most often a box typed latitude first.
 */
@Command(name = "render", mixinStandardHelpOptions = true)
final class AreaRenderCommand implements Runnable {

    static final int MAX_PIXELS = 10_000;
    /** 40 million pixels: 160 MB of image in memory, an A0 poster at 150 dpi. */
    static final long MAX_AREA = 40_000_000L;
    /** The long edge of an image whose size was not given. */
    static final int DEFAULT_LONG_EDGE = 1024;

    @ParentCommand
    AreaCommand parent;

    @Option(names = "--bbox", required = true, paramLabel = "MINLON,MINLAT,MAXLON,MAXLAT", descriptionKey = "option.bbox")
    String bbox;

    @Option(names = "--width", paramLabel = "PIXELS", descriptionKey = "option.width")
    Integer width;

    @Option(names = "--height", paramLabel = "PIXELS", descriptionKey = "option.height")
    Integer height;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "FACTOR", descriptionKey = "option.scale")
    int scale;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", descriptionKey = "option.out-png")
    Path out;

    private final CliContext context;

    AreaRenderCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        BoundingBox box = BoxText.parse(bbox);
        if (width != null) {
            requireSize("--width", width);
        }
        if (height != null) {
            requireSize("--height", height);
        }
        int[] size = size(box, width, height);
        if ((long) size[0] * size[1] > MAX_AREA) {
            throw new InvalidInputException(Problem.of("--width", "image-too-large", (long) size[0] * size[1] / 1_000_000,
                    MAX_AREA / 1_000_000));
        }
        if (scale < 1 || scale > 4) {
            throw new InvalidInputException(Problem.of("--scale", "out-of-range", scale, 1, 4));
        }
        try (Workspace workspace = parent.openWorkspaceToRead()) {
            BoundingBox area = workspace.area().requireCurrent().bounds();
            if (!overlaps(box, area)) {
                throw new InvalidInputException(Problem.of("--bbox", "bbox-outside-area", bbox, AreaJson.boxText(area)));
            }
            BufferedImage image = workspace.area().renderer().render(box, size[0], size[1], scale).orElseThrow();
            write(image);
        }
        context.out().println(context.messages().get("cli.area.rendered", out.toString()));
    }

    /**
     * The image size: the given one, or the missing edges made from the box's proportions on the
     * map (Web Mercator, as drawn), {@value #DEFAULT_LONG_EDGE} pixels on the long edge by default.
     */
    static int[] size(BoundingBox box, Integer width, Integer height) {
        if (width != null && height != null) {
            return new int[] {width, height};
        }
        double across = Math.toRadians(box.maxLon() - box.minLon());
        double down = mercatorY(box.maxLat()) - mercatorY(box.minLat());
        double aspect = across / Math.max(down, 1e-12);
        if (width != null) {
            return new int[] {width, edge(width / aspect)};
        }
        if (height != null) {
            return new int[] {edge(height * aspect), height};
        }
        return aspect >= 1 ? new int[] {DEFAULT_LONG_EDGE, edge(DEFAULT_LONG_EDGE / aspect)}
                : new int[] {edge(DEFAULT_LONG_EDGE * aspect), DEFAULT_LONG_EDGE};
    }

    private static double mercatorY(double latitude) {
        double phi = Math.toRadians(Math.max(-85.05112878, Math.min(85.05112878, latitude)));
        return Math.log(Math.tan(Math.PI / 4 + phi / 2));
    }

    private static int edge(double pixels) {
        return (int) Math.max(16, Math.min(MAX_PIXELS, Math.round(pixels)));
    }

    /** Whether two boxes share some ground (touching edges count: the map reaches a bit beyond). */
    static boolean overlaps(BoundingBox a, BoundingBox b) {
        return a.minLon() <= b.maxLon() && b.minLon() <= a.maxLon() && a.minLat() <= b.maxLat() && b.minLat() <= a.maxLat();
    }

    private static void requireSize(String field, int pixels) {
        if (pixels < 16 || pixels > MAX_PIXELS) {
            throw new InvalidInputException(Problem.of(field, "out-of-range", pixels, 16, MAX_PIXELS));
        }
    }

    /** Into a temporary file beside the target, then moved over it: never half a PNG. */
    private void write(BufferedImage image) {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, ".render-", ".png.part");
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer");
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InvalidInputException(Problem.of(out.toString(), "file-unwritable", String.valueOf(e.getMessage())));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // the temporary file was moved or is unreachable: nothing more to do
                }
            }
        }
    }
}
