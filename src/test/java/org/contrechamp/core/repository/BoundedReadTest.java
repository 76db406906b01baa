package org.contrechamp.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedReadTest {

    private static final LongFunction<RuntimeException> TOO_LARGE = size -> new IllegalStateException("too large: " + size);

    @TempDir
    Path dir;

    private Path file(int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(dir.resolve("f" + size), bytes);
    }

    private static byte[] read(Path file, Long sizeSeen, long max) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return sizeSeen == null ? BoundedRead.read(channel, max, TOO_LARGE)
                    : BoundedRead.read(channel, sizeSeen, max, TOO_LARGE);
        }
    }

    @Test
    void readsWholeFilesOfEverySizeUpToTheBound() throws IOException {
        for (int size : new int[] {0, 1, 1000, 256 * 1024, 256 * 1024 + 1, 1_000_000}) {
            Path f = file(size);
            assertThat(read(f, null, 1_000_000)).isEqualTo(Files.readAllBytes(f));
        }
    }

    @Test
    void refusesAFileAboveTheBoundBeforeReadingIt() throws IOException {
        Path f = file(1001);
        assertThatThrownBy(() -> read(f, null, 1000)).hasMessage("too large: 1001");
    }

    @Test
    void readsAFileThatShrankOrGrewToItsRealEnd() throws IOException {
        Path f = file(5000);
        byte[] all = Files.readAllBytes(f);
        assertThat(read(f, 6000L, 10_000)).isEqualTo(all);
        assertThat(read(f, 4000L, 10_000)).isEqualTo(all);
        assertThat(read(f, 0L, 10_000)).isEqualTo(all);
        assertThat(read(f, 4999L, 5000)).isEqualTo(all);
    }

    @Test
    void refusesAFileThatGrewPastTheBound() throws IOException {
        Path f = file(5000);
        assertThatThrownBy(() -> read(f, 4000L, 4999)).hasMessage("too large: 5000");
        assertThatThrownBy(() -> read(f, 4000L, 4500)).hasMessage("too large: 4501");
        assertThatThrownBy(() -> read(f, 4500L, 4500)).hasMessage("too large: 4501");
    }
}
