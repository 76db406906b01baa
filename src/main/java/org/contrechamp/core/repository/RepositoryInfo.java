package org.contrechamp.core.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Utf8;
import org.contrechamp.core.common.StrictJson;

/**
 * A shared repository's identity, {@code repository.json}: its id (a UUID made by {@code repo init},
 * the audience every bundle for it names), a name for people, and the keys its campaign names as
 * coordinators. The file is not signed, so the list is advice only: nobody becomes a coordinator on
 * anyone's computer until its owner trusts the key as one ({@code trust add --role coordinator}).
 *
 * @param coordinators fingerprints (hex) of the keys named as coordinators, possibly none
 */
public record RepositoryInfo(String id, String name, java.util.List<String> coordinators) {

    public RepositoryInfo {
        coordinators = java.util.List.copyOf(coordinators);
    }

    public RepositoryInfo(String id, String name) {
        this(id, name, java.util.List.of());
    }

    public static final String FORMAT = "contrechamp-repository";
    private static final ObjectMapper JSON = StrictJson.mapper(16 * 1024, 1024, 4);

    /** Makes a repository in {@code dir} (created if absent; refused if it already is one). */
    public static RepositoryInfo init(Path dir, String name) {
        return init(dir, name, java.util.List.of());
    }

    /** Makes a repository naming these keys (fingerprints in hex) as its campaign's coordinators. */
    public static RepositoryInfo init(Path dir, String name, java.util.List<String> coordinators) {
        return init(dir, name, coordinators, UUID.randomUUID());
    }

    /**
     * As {@link #init(Path, String, java.util.List)}, with the id given: a new one, never an existing
     * repository's (bundles name their repository by it).
     */
    public static RepositoryInfo init(Path dir, String name, java.util.List<String> coordinators, UUID id) {
        Path file = dir.resolve(RepositoryLayout.REPOSITORY_FILE);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(Problem.of(dir.toString(), "repository-exists"));
        }
        RepositoryInfo info = new RepositoryInfo(id.toString(),
                name == null || name.isBlank() ? dir.toAbsolutePath().normalize().getFileName().toString() : name.strip(),
                coordinators);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("id", info.id);
        root.put("name", info.name);
        if (!info.coordinators.isEmpty()) {
            info.coordinators.forEach(root.putArray("coordinators")::add);
        }
        byte[] json;
        try {
            Files.createDirectories(dir);
            json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new DataUnavailableException(Problem.of(dir.toString(), "repository-unusable", e.getMessage()), e);
        }
        RepositoryPaths paths = RepositoryPaths.open(dir);
        // Git keeps no empty folder: a marker file keeps the layout visible in a fresh clone.
        paths.writeNew(Path.of(RepositoryLayout.BUNDLES, ".keep"), new byte[0]);
        paths.writeNew(Path.of(RepositoryLayout.BLOBS, "sha256", ".keep"), new byte[0]);
        if (!paths.writeNew(Path.of(RepositoryLayout.REPOSITORY_FILE), json)) {
            throw new InvalidInputException(Problem.of(dir.toString(), "repository-exists"));
        }
        return info;
    }

    /** Reads {@code repository.json}, or says clearly that the directory is not a repository. */
    public static RepositoryInfo read(Path dir) {
        Path file = dir.resolve(RepositoryLayout.REPOSITORY_FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new DataUnavailableException(Problem.of(dir.toString(), "not-a-repository"));
        }
        try {
            if (Files.size(file) > 16 * 1024) {
                throw new DataUnavailableException(Problem.of(file.toString(), "repository-damaged"));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (Utf8.firstBadByte(bytes) >= 0) {
                throw new DataUnavailableException(Problem.of(file.toString(), "repository-damaged"));
            }
            JsonNode root = JSON.readTree(bytes);
            String id = root == null ? "" : root.path("id").asText("");
            if (!FORMAT.equals(root.path("format").asText()) || !root.path("version").isIntegralNumber()
                    || root.path("version").asLong() != 1
                    || !id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                throw new DataUnavailableException(Problem.of(file.toString(), "repository-damaged"));
            }
            java.util.List<String> coordinators = new java.util.ArrayList<>();
            JsonNode named = root.get("coordinators");
            if (named != null) {
                if (!named.isArray() || named.size() > 1000) {
                    throw new DataUnavailableException(Problem.of(file.toString(), "repository-damaged"));
                }
                for (JsonNode fp : named) {
                    if (!fp.isTextual() || !fp.asText().matches("[0-9a-f]{64}")) {
                        throw new DataUnavailableException(Problem.of(file.toString(), "repository-damaged"));
                    }
                    coordinators.add(fp.asText());
                }
            }
            return new RepositoryInfo(id, root.path("name").asText(""), coordinators);
        } catch (IOException e) {
            throw new DataUnavailableException(Problem.of(file.toString(), "repository-damaged"), e);
        }
    }
}
