package org.contrechamp.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code git daemon} on 127.0.0.1 serving bare repositories of a folder, with pushes allowed: a real
 * remote for the git sync tests. Skips the test when git is not installed.
 */
public final class GitDaemon implements AutoCloseable {

    private final Path base;
    private final int port;
    private Process process;

    private GitDaemon(Path base, int port) {
        this.base = base;
        this.port = port;
    }

    public static GitDaemon start(Path base) throws IOException, InterruptedException {
        assumeTrue(gitAvailable(), "git is not installed");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        GitDaemon daemon = new GitDaemon(base, port);
        daemon.restart();
        return daemon;
    }

    /** Makes an empty bare repository {@code name} (e.g. campaign.git) and returns its git:// URL. */
    public String bareRepository(String name) throws IOException, InterruptedException {
        return bareRepository(name, "master");
    }

    /**
     * Makes an empty bare repository whose HEAD names {@code initialBranch}: hosting services and
     * newer git create {@code main}, older git {@code master}.
     */
    public String bareRepository(String name, String initialBranch) throws IOException, InterruptedException {
        Path dir = base.resolve(name);
        Files.createDirectories(dir);
        run(List.of("git", "init", "--bare", "--quiet", "--initial-branch=" + initialBranch, dir.toString()), base);
        return "git://127.0.0.1:" + port + "/" + name;
    }

    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            process = null;
        }
    }

    public void restart() throws IOException, InterruptedException {
        stop();
        process = new ProcessBuilder("git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack",
                "--listen=127.0.0.1", "--port=" + port, "--base-path=" + base, base.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        stop();
        throw new IOException("git daemon did not start");
    }

    /** Runs git in a folder and returns its output. */
    public static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command + " failed: " + out);
        }
        return out;
    }

    static boolean gitAvailable() {
        return Commands.works("git", "--version");
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
