package org.contrechamp.testing;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** External tools the tests use when the machine has them (exiftool, git, openssl, bash). */
public final class Commands {

    private Commands() {
    }

    /** Whether {@code command} runs and exits 0 within 30 seconds (e.g. {@code git --version}). */
    public static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
