package org.contrechamp.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, on the test's class path: a real process that a fault test
 * can kill as the OS would (no shutdown hook, no finally block runs).
 */
final class ChildProcess {

    private final Path logs;
    private int launched;

    ChildProcess(Path logs) {
        this.logs = logs;
    }

    /** Starts {@code contrechamp --data DATA ARGS...}; its output goes to files under the logs folder. */
    Process start(Path data, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // A short-lived command: the quick compiler only, as the launcher does.
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Duser.language=en", "-Duser.country=US",
                "-Djava.awt.headless=true", "org.contrechamp.app.Main", "--data", data.toString()));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        int n = ++launched;
        return new ProcessBuilder(command)
                .redirectOutput(logs.resolve("run-" + n + ".out").toFile())
                .redirectError(logs.resolve("run-" + n + ".err").toFile())
                .start();
    }

    /** Runs a command to its end; fails with its output when it does not exit 0 within the time. */
    String run(Path data, String... args) throws IOException, InterruptedException {
        Process p = start(data, args);
        int n = launched;
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("still running after 60 s: " + String.join(" ", args));
        }
        String out = Files.readString(logs.resolve("run-" + n + ".out"), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new AssertionError("exit " + p.exitValue() + " for " + String.join(" ", args) + "\n" + out + "\n"
                    + Files.readString(logs.resolve("run-" + n + ".err"), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Starts a command and kills it (SIGKILL) after {@code millis}; whether it had ended by itself before. */
    boolean killAfter(long millis, Path data, String... args) throws IOException, InterruptedException {
        Process p = start(data, args);
        if (p.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return true;
        }
        p.destroyForcibly();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("a killed process did not end");
        }
        return false;
    }
}
