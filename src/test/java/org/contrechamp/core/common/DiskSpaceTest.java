package org.contrechamp.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSpaceTest {

    @TempDir
    Path dir;

    @Test
    void theSystemsWordsForAFullDiskAreRecognisedWhereverTheyAreInTheCauses() {
        // Linux and macOS (ENOSPC), quota (EDQUOT), Windows (ERROR_DISK_FULL)
        assertThat(DiskSpace.saysFull(new FileSystemException("/d/photos/ab/write-1.tmp", null,
                "No space left on device"))).isTrue();
        assertThat(DiskSpace.saysFull(new IOException("Disk quota exceeded"))).isTrue();
        assertThat(DiskSpace.saysFull(new IOException("wrapped",
                new IOException("There is not enough space on the disk")))).isTrue();
        assertThat(DiskSpace.saysFull(new IOException("Input/output error"))).isFalse();
    }

    @Test
    void aWriteErrorIsAFullDiskWhenTheSystemSaysSoOrNoRoomIsLeft() {
        IOException vague = new IOException("Input/output error");
        assertThat(DiskSpace.isFull(vague, 0)).isTrue();
        assertThat(DiskSpace.isFull(vague, Long.MAX_VALUE)).isFalse();
        assertThat(DiskSpace.isFull(new IOException("No space left on device"), Long.MAX_VALUE)).isTrue();
        // a refusal is a refusal, however little room is left
        assertThat(DiskSpace.isFull(new AccessDeniedException("/d/photos"), 0)).isFalse();
    }

    @Test
    void theDiskOfAPathNotYetMadeIsTheDiskOfItsNearestFolder() throws IOException {
        String disk = DiskSpace.describeDisk(dir.resolve("not/yet/made"));
        assertThat(disk).isEqualTo(Files.getFileStore(dir).toString());
        assertThat(DiskSpace.usableBytes(dir.resolve("not/yet"))).isPositive().isLessThan(Long.MAX_VALUE);
    }

    @Test
    void theProblemNamesTheFolderAndItsDisk() {
        Problem p = DiskSpace.full(dir);
        assertThat(p.field()).isEqualTo(dir.toString());
        assertThat(p.code()).isEqualTo("disk-full");
        assertThat(p.args()).containsExactly(DiskSpace.describeDisk(dir));
    }
}
