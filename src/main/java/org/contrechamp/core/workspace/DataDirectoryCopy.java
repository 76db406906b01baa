package org.contrechamp.core.workspace;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.DiskSpace;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;

/**
 * Copies a data directory that can only be looked at into a folder the user can write to, so that
 * the copy opens as any other. The database comes first, as one consistent snapshot written by its
 * owner ({@link DatabaseSnapshot}): photos are stored before the records that name them, so every
 * photo the snapshot names is then copied too, even while another Contrechamp is still importing.
 * Left out: what belongs to the running program, not to the data (the lock, the log, the database's
 * own files, temporary files of unfinished writes), and links, which could lead out of the directory.
 * Permissions are kept, with the owner allowed to write (a key readable by its owner only stays so).
 * A copy that fails or is cancelled is removed: the folder is as it was.
 */
public final class DataDirectoryCopy {

    /** Writes the database, consistent, into a new file. */
    @FunctionalInterface
    public interface DatabaseSnapshot {
        void writeTo(Path file);
    }

    private final Path source;
    private final String databaseName;
    private final Set<String> leftOutAtTop;
    private final DatabaseSnapshot database;

    /**
     * @param databaseName the database's file name at the top of {@code source}, written by {@code database}
     * @param leftOutAtTop other names at the top of {@code source} not copied (the lock, the log files)
     */
    public DataDirectoryCopy(Path source, String databaseName, Set<String> leftOutAtTop, DatabaseSnapshot database) {
        this.source = source.toAbsolutePath().normalize();
        this.databaseName = databaseName;
        this.leftOutAtTop = Set.copyOf(leftOutAtTop);
        this.database = database;
    }

    public void into(Path target, Progress progress, Cancellation cancellation) {
        Path into = target.toAbsolutePath().normalize();
        requireUsable(into);
        List<Path> files = filesToCopy();
        long total = 1;
        for (Path file : files) {
            total += size(file);
        }
        boolean created = !Files.exists(into);
        try {
            Files.createDirectories(into);
            cancellation.throwIfCancelled();
            database.writeTo(into.resolve(databaseName));
            long done = 1;
            progress.update(done, total, databaseName);
            for (Path file : files) {
                cancellation.throwIfCancelled();
                Path relative = source.relativize(file);
                Path copy = into.resolve(relative.toString());
                Files.createDirectories(copy.getParent());
                keepPermissions(file.getParent(), copy.getParent());
                Files.copy(file, copy, LinkOption.NOFOLLOW_LINKS);
                keepPermissions(file, copy);
                done += size(file);
                progress.update(done, total, relative.toString());
            }
        } catch (IOException e) {
            removeCopy(into, created);
            throw new DataUnavailableException(DiskSpace.saysFull(e) ? DiskSpace.full(into)
                    : Problem.of(into.toString(), "copy-failed", String.valueOf(e.getMessage())), e);
        } catch (RuntimeException | Error e) {
            removeCopy(into, created);
            throw e;
        }
    }

    private void requireUsable(Path into) {
        if (into.startsWith(source)) {
            throw new InvalidInputException(Problem.of(into.toString(), "copy-target-inside", source.toString()));
        }
        if (!Files.exists(into)) {
            return;
        }
        if (!Files.isDirectory(into)) {
            throw new InvalidInputException(Problem.of(into.toString(), "copy-target-not-folder"));
        }
        try (Stream<Path> inside = Files.list(into)) {
            if (inside.findAny().isPresent()) {
                throw new InvalidInputException(Problem.of(into.toString(), "copy-target-not-empty"));
            }
        } catch (IOException e) {
            throw new DataUnavailableException(Problem.of(into.toString(), "copy-failed", String.valueOf(e.getMessage())), e);
        }
    }

    /** Regular files only, never through a link; the database and the program's own files left out. */
    private List<Path> filesToCopy() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(source)) {
            all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !leftOut(source.relativize(p)))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataUnavailableException(Problem.of(source.toString(), "data-dir-unusable",
                    String.valueOf(e.getMessage())), e);
        }
        return files;
    }

    private boolean leftOut(Path relative) {
        String name = relative.getFileName().toString();
        if (relative.getNameCount() == 1 && (name.startsWith(databaseName) || leftOutAtTop.contains(name))) {
            return true;
        }
        // Files of writes not finished: AtomicFiles' ".tmp-….part", the photo store's "….tmp", area staging.
        return name.startsWith(".tmp-") || name.endsWith(".tmp") || name.startsWith("area-staging-");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The source's permissions, and the owner may write: the copy is there to be changed. */
    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null || Files.getFileAttributeView(to, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        permissions.add(PosixFilePermission.OWNER_WRITE);
        permissions.add(PosixFilePermission.OWNER_READ);
        if (Files.isDirectory(to)) {
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
        }
        Files.setPosixFilePermissions(to, permissions);
    }

    /** What this copy wrote goes; a folder the user chose stays, empty as it was. */
    private static void removeCopy(Path into, boolean created) {
        if (!Files.exists(into)) {
            return;
        }
        try (Stream<Path> all = Files.walk(into)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(into) || created) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (DirectoryNotEmptyException kept) {
                        // something else was put there meanwhile: left alone
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: the failure that stopped the copy is the one to report.
        }
    }
}
