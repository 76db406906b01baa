package org.contrechamp.core.repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.Problem;

/**
 * The one way into a repository folder: every path that sync, verify and import read or write there
 * is resolved here, and none leaves the folder's real path. The folder itself may be reached through a
 * link (a synced drive often is); inside it, nothing is followed: a folder of the layout that is a
 * link (or a junction, or any entry whose real path lies elsewhere) is refused with
 * {@code repository-link}, naming it, whether it leads outside or back inside. Refusing every link is
 * simpler than judging where each one leads, and Contrechamp never makes one.
 *
 * <p>Folders are made one at a time below the real path, never above it: a repository whose stick
 * was pulled is not made again on the local disk. Files are written to a temporary file in the
 * checked folder, the folders are checked again, and the file is then moved into place within that
 * folder in one step, so that swapping a folder for a link between the check and the write leaves at
 * most a temporary file, removed at once, never a file outside. (A process on this machine that swaps
 * folders in the instant between the second check and the move could still win; the platform offers
 * no portable way to open a folder without following links.)
 *
 * <p>Whether the repository is still there tells a repository taken away during a sync (a stick
 * pulled, a synced folder renamed) from bad files: see {@link #vanished}.
 */
public final class RepositoryPaths {

    private final Path given;
    private final Path real;
    /** Whether repository.json was there when opened: {@code repo init} opens the folder before writing it. */
    private final boolean described;

    private RepositoryPaths(Path given, Path real) {
        this.given = given;
        this.real = real;
        this.described = Files.isRegularFile(real.resolve(RepositoryLayout.REPOSITORY_FILE), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The repository folder {@code root}, as it is now.
     *
     * @throws DataUnavailableException {@code not-a-repository} when there is no such folder
     */
    public static RepositoryPaths open(Path root) {
        Path given = root.toAbsolutePath().normalize();
        try {
            Path real = given.toRealPath();
            if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
                throw new DataUnavailableException(Problem.of(given.toString(), "not-a-repository"));
            }
            return new RepositoryPaths(given, real);
        } catch (NoSuchFileException e) {
            throw new DataUnavailableException(Problem.of(given.toString(), "not-a-repository"), e);
        } catch (IOException e) {
            throw new DataUnavailableException(Problem.of(given.toString(), "repository-unusable", String.valueOf(e.getMessage())), e);
        }
    }

    /** The repository folder as the user named it: messages speak of it. */
    public Path root() {
        return given;
    }

    /** The user's name of a path in the repository, for messages. */
    public Path named(Path relative) {
        return given.resolve(checkRelative(relative));
    }

    /**
     * Where to read {@code relative}: a path below the real folder through which every folder on the
     * way has been checked. The last name is not checked: readers open it without following a link.
     * A folder on the way that is absent or not a folder makes a path that reads as missing.
     *
     * @throws DataUnavailableException {@code repository-link} for a link on the way
     */
    public Path toRead(Path relative) {
        return walk(checkRelative(relative), false);
    }

    /**
     * The real path of the folder {@code relative}, itself checked too; empty when there is no folder
     * there (absent, or a file).
     *
     * @throws DataUnavailableException {@code repository-link} when it or a folder on the way is a link
     */
    public Optional<Path> folder(Path relative) {
        Path path = walk(checkRelative(relative).resolve("x"), false).getParent();
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? Optional.of(path) : Optional.empty();
    }

    /**
     * Whether a file is at {@code relative} (a regular file, which a content-named file written
     * before is). Absent: false.
     *
     * @throws DataUnavailableException {@code repository-link} when a link is there or on the way,
     *         {@code repository-unexpected-entry} when a folder or device is there
     */
    public boolean holdsFile(Path relative) {
        Path path = walk(checkRelative(relative), false);
        BasicFileAttributes attributes = attributes(path);
        if (attributes == null) {
            return false;
        }
        requireNoLink(path, attributes, relative);
        if (!attributes.isRegularFile()) {
            throw new DataUnavailableException(Problem.of(named(relative).toString(), "repository-unexpected-entry"));
        }
        return true;
    }

    /** Writes a new file that must not exist yet (see the class comment); false, writing nothing, when it exists. */
    public boolean writeNew(Path relative, byte[] content) {
        return writeNew(relative, channel -> channel.write(ByteBuffer.wrap(content)), () -> { });
    }

    /**
     * Whether the file at {@code relative} holds exactly {@code content}: a file of ours that a
     * synced folder, a disk or a hand damaged does not. Absent or unreadable: false.
     */
    public boolean holdsExactly(Path relative, byte[] content) {
        Path path = walk(checkRelative(relative), false);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() != content.length) {
                return false;
            }
            ByteBuffer read = ByteBuffer.allocate(content.length);
            while (read.hasRemaining() && channel.read(read) >= 0) {
                // until full or at its end
            }
            return !read.hasRemaining() && java.util.Arrays.equals(read.array(), content);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes {@code content} over the file at {@code relative} in one step (a temporary file moved
     * into place), as {@link #writeNew(Path, byte[])} writes a new one: for a file of ours found
     * damaged, whose true bytes this computer holds.
     */
    public void replace(Path relative, byte[] content) {
        write(relative, channel -> channel.write(ByteBuffer.wrap(content)), () -> { }, true);
    }

    /** {@link #writeNew(Path, byte[])} with the bytes of a stream. */
    public boolean copyNew(Path relative, InputStream in) {
        return writeNew(relative, channel -> in.transferTo(Channels.newOutputStream(channel)), () -> { });
    }

    /** What fills a temporary file. */
    interface Filling {
        void fill(FileChannel channel) throws IOException;
    }

    /** @param beforeMove runs once the temporary file is written and before the folders are checked again (tests race there) */
    boolean writeNew(Path relative, Filling filling, Runnable beforeMove) {
        return write(relative, filling, beforeMove, false);
    }

    /** @param replace whether a file there is written over; else nothing is written where one is */
    private boolean write(Path relative, Filling filling, Runnable beforeMove, boolean replace) {
        checkRelative(relative);
        Path target = walk(relative, true);
        Path folder = target.getParent();
        Path temp = null;
        try {
            if (holdsFile(relative) && !replace) { // (a link there is refused either way)
                return false;
            }
            temp = Files.createTempFile(folder, ".tmp-", ".part");
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Shared files are readable by the other users of a shared folder, as cp would leave them.
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                filling.fill(channel);
                channel.force(true);
            }
            beforeMove.run();
            // Again: a folder on the way swapped for a link meanwhile is refused, and the temporary file removed.
            if (holdsFile(relative) && !replace) {
                return false; // another writer put the same content-named file there meanwhile
            }
            move(temp, target, replace);
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        } catch (IOException e) {
            throw unusable(relative, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the folder went away with it
                }
            }
        }
    }

    /**
     * The first of the repository folder, its {@code repository.json} and the folders down to
     * {@code relativeFolder} that is no longer there, by the user's name; empty when all still are.
     * A bundle that cannot be read because the repository went away is not a bad bundle.
     */
    public Optional<Path> vanished(Path relativeFolder) {
        if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS) || described
                && !Files.isRegularFile(real.resolve(RepositoryLayout.REPOSITORY_FILE), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(given);
        }
        Path at = real;
        for (int i = 0; i < checkRelative(relativeFolder).getNameCount(); i++) {
            if (relativeFolder.getName(i).toString().isEmpty()) {
                break;
            }
            at = at.resolve(relativeFolder.getName(i).toString());
            if (!Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(given.resolve(relativeFolder.subpath(0, i + 1)));
            }
        }
        return Optional.empty();
    }

    /** The problem that stops a sync whose repository (or the folder it was reading) went away. */
    public static DataUnavailableException interrupted(Path vanished, Throwable cause) {
        return new DataUnavailableException(Problem.of(vanished.toString(), "repository-interrupted"), cause);
    }

    /**
     * Goes down the folders of {@code relative} (all but its last name) from the real folder, refusing
     * links; {@code create} makes the absent ones. Returns the path below the real folder.
     */
    private Path walk(Path relative, boolean create) {
        Path at = real;
        int folders = relative.getNameCount() - 1;
        for (int i = 0; i < folders; i++) {
            Path next = at.resolve(relative.getName(i).toString());
            BasicFileAttributes attributes = attributes(next);
            if (attributes == null && create) {
                attributes = makeFolder(next, relative.subpath(0, i + 1));
            }
            if (attributes == null || !attributes.isDirectory() && !isLink(attributes)) {
                if (create) {
                    throw new DataUnavailableException(Problem.of(named(relative.subpath(0, i + 1)).toString(),
                            "repository-unexpected-entry"));
                }
                return real.resolve(relative.toString()); // nothing to follow: reading it finds nothing
            }
            requireNoLink(next, attributes, relative.subpath(0, i + 1));
            at = next;
        }
        return at.resolve(relative.getFileName().toString());
    }

    private BasicFileAttributes makeFolder(Path path, Path relative) {
        try {
            // Only the parent must exist: a vanished repository is never made again from its path.
            Files.createDirectory(path);
        } catch (FileAlreadyExistsException raced) {
            // made meanwhile by another writer, or a link put there: looked at below
        } catch (IOException e) {
            throw unusable(relative, e);
        }
        return attributes(path);
    }

    /** A link, a junction, or a folder whose real path is not where it is: refused. */
    private void requireNoLink(Path path, BasicFileAttributes attributes, Path relative) {
        if (isLink(attributes)) {
            throw link(relative, path);
        }
        if (attributes.isDirectory()) {
            try {
                // Not where it is: a junction or the like. Only the letter case may differ (macOS, Windows).
                Path realPath = path.toRealPath();
                if (!realPath.equals(path) && !realPath.toString().equalsIgnoreCase(path.toString())) {
                    throw link(relative, path);
                }
            } catch (IOException e) {
                throw unusable(relative, e);
            }
        }
    }

    private static boolean isLink(BasicFileAttributes attributes) {
        // A Windows junction is "other" (a reparse point), not a symbolic link.
        return attributes.isSymbolicLink() || attributes.isOther();
    }

    private DataUnavailableException link(Path relative, Path path) {
        String target;
        try {
            target = Files.isSymbolicLink(path) ? Files.readSymbolicLink(path).toString() : path.toRealPath().toString();
        } catch (IOException | UnsupportedOperationException e) {
            target = "?";
        }
        return new DataUnavailableException(Problem.of(named(relative).toString(), "repository-link", target));
    }

    /** A failure to write: the repository taken away, or unusable. */
    private DataUnavailableException unusable(Path relative, IOException e) {
        Optional<Path> gone = vanished(relative.getParent() == null ? Path.of("") : relative.getParent());
        if (gone.isPresent()) {
            return interrupted(gone.get(), e);
        }
        return new DataUnavailableException(Problem.of(given.toString(), "repository-unusable",
                named(relative) + ": " + e.getMessage()), e);
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** Paths handed here are built from the layout's names and validated hex, never from outside. */
    private static Path checkRelative(Path relative) {
        if (relative.isAbsolute() || relative.getRoot() != null) {
            throw new IllegalArgumentException("not relative: " + relative);
        }
        for (Path name : relative) {
            if (name.toString().equals("..") || name.toString().equals(".")) {
                throw new IllegalArgumentException("not a plain relative path: " + relative);
            }
        }
        return relative;
    }

    private static void move(Path temp, Path target, boolean replace) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, target);
            }
        }
    }
}
