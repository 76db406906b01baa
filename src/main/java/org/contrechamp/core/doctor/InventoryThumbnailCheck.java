package org.contrechamp.core.doctor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * The printed inventory's thumbnails ({@code inventory-thumbnails/}): a cache, one JPEG per shared
 * photo copy, named by its hash, that the next report makes again when one is missing. So a thumbnail
 * that cannot be read, or a temporary file left by an interrupted report, is removed on repair (nothing
 * is lost); a file that Contrechamp did not name is left alone and named; a folder or entry that is a
 * link is never followed (paths stay inside the data directory).
 */
final class InventoryThumbnailCheck {

    /** What {@code SharedCopyThumbnails} writes: the shared copy's SHA-256 and ".jpg". */
    private static final Pattern THUMBNAIL = Pattern.compile("[0-9a-f]{64}\\.jpg");
    /** What {@code AtomicFiles} writes before moving a file into place. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.tmp-.*\\.part");

    private final Path folder;

    /** @param folder the data directory's {@code inventory-thumbnails} (it may not exist yet) */
    InventoryThumbnailCheck(Path folder) {
        this.folder = folder;
    }

    CheckResult examine(boolean repair) {
        List<Finding> found = new ArrayList<>();
        if (Files.isSymbolicLink(folder)) {
            found.add(Finding.of("inventory-thumbnails-link", folder.toString(), Finding.Outcome.NEEDS_YOU,
                    folder.toString()));
            return new CheckResult("inventory-thumbnails", 0, found);
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new CheckResult("inventory-thumbnails", 0, found);
        }
        long checked = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                checked++;
                String name = entry.getFileName().toString();
                if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(Finding.of("inventory-stray-file", entry.toString(), Finding.Outcome.NEEDS_YOU, name));
                } else if (TEMPORARY.matcher(name).matches()) {
                    found.add(removable("inventory-temporary-file", entry, repair));
                } else if (!THUMBNAIL.matcher(name).matches()) {
                    found.add(Finding.of("inventory-stray-file", entry.toString(), Finding.Outcome.NEEDS_YOU, name));
                } else if (!readable(entry)) {
                    found.add(removable("damaged-inventory-thumbnail", entry, repair));
                }
            }
        } catch (IOException e) {
            found.add(Finding.of("inventory-thumbnails-unreadable", folder.toString(), Finding.Outcome.NEEDS_YOU,
                    folder.toString(), String.valueOf(e.getMessage())));
        }
        return new CheckResult("inventory-thumbnails", checked, found);
    }

    private static Finding removable(String kind, Path file, boolean repair) {
        Finding finding = Finding.of(kind, file.toString(),
                repair ? Finding.Outcome.REPAIRED : Finding.Outcome.REPAIRABLE, file.getFileName().toString());
        if (!repair) {
            return finding;
        }
        try {
            Files.deleteIfExists(file);
            return finding;
        } catch (IOException e) {
            return finding.failed("not-removed");
        }
    }

    private static boolean readable(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            return image != null && image.getWidth() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
