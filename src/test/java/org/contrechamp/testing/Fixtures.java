package org.contrechamp.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real third-party data in {@code ../shared/fixtures}, read in place (never copied into the
 * repository). Tests that need it call {@link #require}, which skips the test when it is absent, so
 * that a fresh clone without {@code ../shared} still passes.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The fixtures folder: the {@code contrechamp.fixtures} system property (set by Surefire), else ../shared/fixtures. */
    public static Path root() {
        String configured = System.getProperty("contrechamp.fixtures");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "shared", "fixtures");
        return root.toAbsolutePath().normalize();
    }

    /** A fixture file or folder; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        assumeTrue(Files.exists(path), () -> "fixture absent, test skipped: " + path);
        return path;
    }
}
