package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.contrechamp.core.common.DataUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsTurnedAwayWithTheOwnersProcessId() throws Exception {
        try (DataDirectoryLock held = DataDirectoryLock.acquire(dir)) {
            // (Reading the lock file here would drop the lock: POSIX locks go with any closed descriptor.)
            assertThat(probe()).isEqualTo(3);
            assertThat(probeOutput).isEqualTo(Long.toString(ProcessHandle.current().pid()));
            assertThatThrownBy(() -> DataDirectoryLock.acquire(dir)).isInstanceOf(DataUnavailableException.class);
            assertThat(probe()).as("still held after a refused second opening in this process").isEqualTo(3);
        }
        assertThat(probe()).as("free again once closed").isZero();
    }

    @Test
    void aSecondOpeningInTheSameProcessIsTurnedAway() {
        try (DataDirectoryLock held = DataDirectoryLock.acquire(dir)) {
            assertThatThrownBy(() -> DataDirectoryLock.acquire(dir)).isInstanceOfSatisfying(
                    DataUnavailableException.class, e -> {
                        assertThat(e.problem().code()).isEqualTo("data-dir-locked");
                        assertThat(e.problem().field()).isEqualTo(dir.toString());
                    });
        }
    }

    @Test
    void theDirectoryIsCreatedWhenMissing() {
        Path nested = dir.resolve("a/b/c");
        try (DataDirectoryLock held = DataDirectoryLock.acquire(nested)) {
            assertThat(nested).isDirectory();
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsExplained() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> DataDirectoryLock.acquire(file)).isInstanceOf(DataUnavailableException.class);
    }

    private String probeOutput;

    /** Tries the lock from another JVM: 0 taken, 3 refused as locked (its owner's pid in probeOutput). */
    private int probe() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), dir.toString()).redirectErrorStream(true).start();
        probeOutput = new String(p.getInputStream().readAllBytes()).trim();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
