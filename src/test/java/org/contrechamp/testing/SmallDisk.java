package org.contrechamp.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A real, small disk for tests of what happens when it fills up: a tmpfs of a given size mounted on
 * a folder (Linux, as root: CI runs so). Where it cannot be mounted, {@link #mount} skips the test.
 * A filler file takes the space; {@link #fill} leaves a chosen number of bytes free and
 * {@link #free} gives everything back.
 */
public final class SmallDisk implements AutoCloseable {

    private static final int PAGE = 4096;

    private final Path mountPoint;
    private final Path filler;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler.bin");
    }

    /** Mounts a tmpfs of {@code bytes} on {@code folder} (made if absent), or skips the calling test. */
    public static SmallDisk mount(Path folder, long bytes) throws IOException {
        Files.createDirectories(folder);
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", folder.toString());
        assumeTrue(mounted, () -> "cannot mount a small tmpfs here (needs Linux and root): test skipped");
        return new SmallDisk(folder);
    }

    public Path root() {
        return mountPoint;
    }

    /** Takes every free byte but about {@code leftBytes} (rounded to the 4 KiB pages tmpfs counts in). */
    public void fill(long leftBytes) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // expected: the disk is full; a partly written chunk stays in the file
        }
        if (leftBytes > 0) {
            try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
                long pages = (leftBytes + PAGE - 1) / PAGE;
                channel.truncate(Math.max(0, channel.size() - channel.size() % PAGE - pages * PAGE));
            }
        }
    }

    /** Gives the filler's space back. */
    public void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    /** Unmounts (lazily, should a file still be open). */
    @Override
    public void close() {
        run("umount", "-l", mountPoint.toString());
    }

    private static boolean run(String... command) {
        return Commands.works(command);
    }
}
