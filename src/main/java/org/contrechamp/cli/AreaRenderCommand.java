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
 * {@code area render --bbox B --width W --height H --out FILE.png [--scale S]}: the drawn basemap of
 * a box as a PNG, with the attribution, written whole or not at all.
 */
@Command(name = "render", mixinStandardHelpOptions = true)
final class AreaRenderCommand implements Runnable {

    static final int MAX_PIXELS = 10_000;
    /** 40 million pixels: 160 MB of image in memory, an A0 poster at 150 dpi. */
    static final long MAX_AREA = 40_000_000L;

    @ParentCommand
    AreaCommand parent;

    @Option(names = "--bbox", required = true, paramLabel = "MINLON,MINLAT,MAXLON,MAXLAT", descriptionKey = "option.bbox")
    String bbox;

    @Option(names = "--width", required = true, paramLabel = "PIXELS", descriptionKey = "option.width")
    int width;

    @Option(names = "--height", required = true, paramLabel = "PIXELS", descriptionKey = "option.height")
    int height;

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
        requireSize("--width", width);
        requireSize("--height", height);
        if ((long) width * height > MAX_AREA) {
            throw new InvalidInputException(Problem.of("--width", "image-too-large", (long) width * height / 1_000_000,
                    MAX_AREA / 1_000_000));
        }
        if (scale < 1 || scale > 4) {
            throw new InvalidInputException(Problem.of("--scale", "out-of-range", scale, 1, 4));
        }
        try (Workspace workspace = parent.openWorkspace()) {
            workspace.area().requireCurrent();
            BufferedImage image = workspace.area().renderer().render(box, width, height, scale).orElseThrow();
            write(image);
        }
        context.out().println(context.messages().get("cli.area.rendered", out.toString()));
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
