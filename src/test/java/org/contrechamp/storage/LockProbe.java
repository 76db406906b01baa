package org.contrechamp.storage;

import java.nio.file.Path;

import org.contrechamp.core.common.DataUnavailableException;

/** Run in a second JVM by {@link DataDirectoryLockTest}: tries the lock and says what happened. */
public final class LockProbe {

    private LockProbe() {
    }

    public static void main(String[] args) {
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(Path.of(args[0]))) {
            System.exit(0);
        } catch (DataUnavailableException e) {
            if (e.problem().code().equals("data-dir-locked")) {
                System.out.println(e.problem().args().get(0));
                System.exit(3);
            }
            System.exit(4);
        }
    }
}
