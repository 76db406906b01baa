package org.contrechamp.core.repository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.contrechamp.core.bundle.BundleFormat;

/**
 * Where a {@code --repo} argument points: a plain folder, a git working tree, or a git URL (cloned
 * into the data directory on first use). Git is recognised, never guessed from the network.
 */
public record GitRepository(Kind kind, String location, Path workTree) {

    public enum Kind { FOLDER, GIT_CLONE, GIT_URL }

    public static final String CLONES_FOLDER = "repositories";
    /** {@code user@host:path}, git's scp-like syntax. */
    private static final Pattern SCP_LIKE = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:.+");

    /** Classifies a {@code --repo} argument; git URLs get a clone folder inside the data directory. */
    public static GitRepository locate(String argument, Path dataDirectory) {
        String lower = argument.toLowerCase(Locale.ROOT);
        boolean url = lower.startsWith("git://") || lower.startsWith("ssh://") || lower.startsWith("http://")
                || lower.startsWith("https://") || lower.startsWith("file://") || SCP_LIKE.matcher(argument).matches();
        if (url) {
            String name = BundleFormat.sha256Hex(argument.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
            return new GitRepository(Kind.GIT_URL, argument, dataDirectory.resolve(CLONES_FOLDER).resolve(name));
        }
        Path dir = Path.of(argument).toAbsolutePath().normalize();
        if (Files.isDirectory(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            return new GitRepository(Kind.GIT_CLONE, argument, dir);
        }
        if (isBareRepository(dir)) {
            // A bare repository on this machine (a USB stick, a mounted share) is a remote too.
            String name = BundleFormat.sha256Hex(dir.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
            return new GitRepository(Kind.GIT_URL, dir.toUri().toString(), dataDirectory.resolve(CLONES_FOLDER).resolve(name));
        }
        return new GitRepository(Kind.FOLDER, argument, dir);
    }

    public boolean isGit() {
        return kind != Kind.FOLDER;
    }

    private static boolean isBareRepository(Path dir) {
        try {
            return Files.isRegularFile(dir.resolve("HEAD"), LinkOption.NOFOLLOW_LINKS)
                    && Files.isDirectory(dir.resolve("objects"), LinkOption.NOFOLLOW_LINKS)
                    && Files.isDirectory(dir.resolve("refs"), LinkOption.NOFOLLOW_LINKS)
                    && !Files.exists(dir.resolve(RepositoryLayout.REPOSITORY_FILE))
                    && Files.size(dir.resolve("HEAD")) < 1024;
        } catch (IOException e) {
            return false;
        }
    }
}
