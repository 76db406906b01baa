package org.contrechamp.core.photo;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.common.Cancellation;

/**
 * The files an import is given: each named file, and every file under each named folder
 * (recursively, following links, in name order so that two runs see the same order). A loop of
 * symbolic links, an unreadable folder or a missing path becomes one failed entry naming it; the
 * walk goes on. A file named twice (directly and through its folder, or through a link) is listed once.
 */
public final class PhotoScanner {

    /** A file to import, or a path that could not be walked and why. */
    public record Found(Path path, PhotoReadException problem) {
    }

    private PhotoScanner() {
    }

    public static List<Found> scan(List<Path> roots, Cancellation cancellation) {
        Map<Path, Found> found = new LinkedHashMap<>();
        for (Path given : roots) {
            Path root = given.toAbsolutePath().normalize();
            cancellation.throwIfCancelled();
            if (!Files.exists(root)) {
                boolean danglingLink = Files.isSymbolicLink(root);
                found.putIfAbsent(root, new Found(root, PhotoReadException.failed(danglingLink ? "broken-link" : "not-found")));
                continue;
            }
            if (!Files.isDirectory(root)) {
                found.putIfAbsent(root, new Found(root, null));
                continue;
            }
            List<Found> inFolder = new ArrayList<>();
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Walker(inFolder, cancellation));
            } catch (IOException e) {
                inFolder.add(new Found(root, PhotoReadException.failed("not-readable")));
            }
            inFolder.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
            for (Found f : inFolder) {
                found.putIfAbsent(f.path(), f);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static final class Walker extends SimpleFileVisitor<Path> {
        private final List<Found> out;
        private final Cancellation cancellation;

        Walker(List<Found> out, Cancellation cancellation) {
            this.out = out;
            this.cancellation = cancellation;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            cancellation.throwIfCancelled();
            if (attrs.isRegularFile()) {
                out.add(new Found(file.toAbsolutePath().normalize(), null));
            } else if (!attrs.isDirectory()) {
                out.add(new Found(file.toAbsolutePath().normalize(), PhotoReadException.unsupported("not-a-file")));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            String reason;
            if (e instanceof FileSystemLoopException) {
                reason = "symlink-loop";
            } else if (e instanceof AccessDeniedException) {
                reason = "not-readable";
            } else if (e instanceof NoSuchFileException) {
                reason = "broken-link";
            } else if (String.valueOf(e.getMessage()).contains("symbolic links")) {
                reason = "symlink-loop";
            } else {
                out.add(new Found(file.toAbsolutePath().normalize(), new PhotoReadException(ImportStatus.FAILED,
                        "io-error", e, String.valueOf(e.getMessage()))));
                return FileVisitResult.CONTINUE;
            }
            out.add(new Found(file.toAbsolutePath().normalize(), PhotoReadException.failed(reason)));
            return FileVisitResult.CONTINUE;
        }
    }
}
