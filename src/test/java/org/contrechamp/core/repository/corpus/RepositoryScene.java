package org.contrechamp.core.repository.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.repository.RepositoryLayout;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.testing.TestJpegs;

/**
 * The repository every hostile case starts from, made once: Alice published two bundles (a sighting
 * and a photo each), and the coordinator, who trusts her, holds a sighting with a photo of their own
 * not yet shared, so that their sync both writes into the repository and reads from it. Each case
 * works on its own copy, beside a sentinel folder {@code outside/} that links may lead to.
 */
final class RepositoryScene {

    /** The originals of every photo of the scene, for the coordinator's export. */
    final TestJpegs.Library photos;
    final Path template;
    final String alice;
    final String coord;

    private RepositoryScene(TestJpegs.Library photos, Path template, String alice, String coord) {
        this.photos = photos;
        this.template = template;
        this.alice = alice;
        this.coord = coord;
    }

    static RepositoryScene make(Path template) {
        TestJpegs.Library photos = new TestJpegs.Library();
        Path repo = template.resolve("repo");
        String aliceHex;
        String coordHex;
        try (LocalWorkspace alice = LocalWorkspace.open(template.resolve("alice"), photos);
             LocalWorkspace coord = LocalWorkspace.open(template.resolve("coord"), photos)) {
            alice.identity().create("Alice", null);
            coord.identity().create("Coord", null);
            coord.sharing().initRepository(repo.toString(), "Campagne");
            coord.trust().trust(KeyCard.read("card", KeyCard.toJson(alice.identity().show()).toString(), null));
            for (int i = 0; i < 2; i++) {
                String sha = photos.add(template.resolve("photos"), TestJpegs.jpeg(120 + 40 * i, 90), 1);
                alice.sightings().create(Sighting.newAt(Position.manual(48.85 + i / 100.0, 2.35)).photos(List.of(sha)).build());
                alice.sharing().sync(repo.toString(), null, Progress.NONE, Cancellation.NEVER);
            }
            String own = photos.add(template.resolve("photos"), TestJpegs.jpeg(300, 200), 1);
            coord.sightings().create(Sighting.newAt(Position.manual(48.87, 2.37)).photos(List.of(own)).build());
            aliceHex = alice.identity().show().fingerprint().hex();
            coordHex = coord.identity().show().fingerprint().hex();
        }
        return new RepositoryScene(photos, template, aliceHex, coordHex);
    }

    /** A fresh copy of the scene in {@code dir}: {@code repo/}, {@code coord/} and {@code outside/sentinel.txt}. */
    Copy copyTo(Path dir) {
        try {
            copyTree(template.resolve("repo"), dir.resolve("repo"));
            copyTree(template.resolve("coord"), dir.resolve("coord"));
            Files.createDirectories(dir.resolve("outside"));
            Files.writeString(dir.resolve("outside").resolve("sentinel.txt"), "left alone");
            return new Copy(dir, dir.resolve("repo"), dir.resolve("coord"), dir.resolve("outside"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One case's copy of the scene. */
    record Copy(Path dir, Path repo, Path coord, Path outside) {

        Path bundles() {
            return repo.resolve(RepositoryLayout.BUNDLES);
        }

        Path blobs() {
            return repo.resolve(RepositoryLayout.BLOBS).resolve("sha256");
        }

        /** The two-hex-digit folders that hold photos now. */
        List<Path> blobFolders() throws IOException {
            try (Stream<Path> dirs = Files.list(blobs())) {
                return dirs.filter(p -> p.getFileName().toString().matches("[0-9a-f]{2}")).sorted().toList();
            }
        }

        /** Moves {@code path} to {@code where} and leaves a symbolic link to it in its place. */
        void replaceByLink(Path path, Path where) throws IOException {
            Files.createDirectories(where.getParent());
            Files.move(path, where);
            Files.createSymbolicLink(path, where);
        }
    }

    /** Every file and folder under {@code dir} with its size, links not followed: what must not change. */
    static TreeMap<String, Long> tree(Path dir) {
        TreeMap<String, Long> found = new TreeMap<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    found.put(dir.relativize(d) + "/", 0L);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    found.put(dir.relativize(file).toString(), attrs.isSymbolicLink() ? -1 : attrs.size());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    static void copyTree(Path from, Path to) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(all::add);
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(target);
            } else if (!p.getFileName().toString().endsWith(".lock")) {
                Files.copy(p, target);
            }
        }
    }
}
