package org.contrechamp.core.repository.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hostile repositories: each case crafts a copy of {@link RepositoryScene} (links in the layout,
 * leading outside or inside, a folder taken away while the coordinator syncs) and says how the
 * coordinator's sync must end. Whatever the case, nothing may be written into the sentinel folder
 * {@code outside/} and nothing imported from what was refused; {@link HostileRepositoryCorpusTest}
 * runs each through the sharing service and through the command line.
 */
final class HostileRepositories {

    /** What a case does to its copy of the scene. */
    interface Craft {
        void apply(RepositoryScene.Copy copy, RepositoryScene scene) throws IOException;
    }

    /** How the coordinator's sync ends. */
    enum Ending {
        /** the sync stops with a problem of the repository: exit 1 */
        STOPS,
        /** bundles are refused one by one, the others imported: exit 0 */
        REFUSES_BUNDLES,
        /** nothing hostile: everything imported, exit 0 */
        SYNCS
    }

    /** When a hook takes the repository away during the sync. */
    enum When {
        /** while the coordinator's own work is signed, before anything is written (photo originals are read) */
        WHILE_PUBLISHING,
        /** once Alice's first bundle is imported, before her second one is read (the command line cannot reach there) */
        WHILE_IMPORTING
    }

    /** Something done during the sync, and how to put the repository back afterwards. */
    record Hook(When when, Craft action, Craft restore) {
    }

    /**
     * @param code          the problem's code (the sync's, or every refused bundle's)
     * @param named         the start of the path, relative to the repository, that the problem names ("" the
     *                      repository itself; {alice} and {coord} stand for the signers' folders)
     * @param aliceImported how many of Alice's two sightings reach the coordinator
     */
    record Expect(Ending ending, String code, String named, int aliceImported) {

        int exitCode() {
            return ending == Ending.STOPS ? 1 : 0;
        }
    }

    record Case(String name, Craft craft, Hook hook, Expect expect) {

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileRepositories() {
    }

    static final String LINK = "repository-link";
    static final String INTERRUPTED = "repository-interrupted";

    static List<Case> all() {
        return List.of(
                new Case("01-bundles-folder-linked-outside",
                        (c, s) -> c.replaceByLink(c.bundles(), c.outside().resolve("bundles")), null,
                        new Expect(Ending.STOPS, LINK, "bundles", 0)),
                new Case("02-bundles-folder-linked-inside",
                        (c, s) -> c.replaceByLink(c.bundles(), c.repo().resolve("moved-bundles")), null,
                        new Expect(Ending.STOPS, LINK, "bundles", 0)),
                new Case("03-own-signer-folder-linked-outside",
                        (c, s) -> Files.createSymbolicLink(c.bundles().resolve(s.coord), c.outside()), null,
                        new Expect(Ending.STOPS, LINK, "bundles/{coord}", 0)),
                new Case("04-own-signer-folder-dangling-link",
                        (c, s) -> Files.createSymbolicLink(c.bundles().resolve(s.coord), c.outside().resolve("not-yet")),
                        null, new Expect(Ending.STOPS, LINK, "bundles/{coord}", 0)),
                // Someone else's folder as a link: refused alone (never read), the rest of the sync goes on.
                new Case("05-other-signer-folder-linked-outside",
                        (c, s) -> c.replaceByLink(c.bundles().resolve(s.alice), c.outside().resolve("alice")), null,
                        new Expect(Ending.REFUSES_BUNDLES, LINK, "bundles/{alice}", 0)),
                new Case("06-other-signer-folder-linked-inside",
                        (c, s) -> c.replaceByLink(c.bundles().resolve(s.alice), c.repo().resolve("alice-elsewhere")),
                        null, new Expect(Ending.REFUSES_BUNDLES, LINK, "bundles/{alice}", 0)),
                new Case("07-blobs-folder-linked-outside",
                        (c, s) -> c.replaceByLink(c.repo().resolve("blobs"), c.outside().resolve("blobs")), null,
                        new Expect(Ending.STOPS, LINK, "blobs", 0)),
                new Case("08-sha256-folder-linked-outside",
                        (c, s) -> c.replaceByLink(c.blobs(), c.outside().resolve("sha256")), null,
                        new Expect(Ending.STOPS, LINK, "blobs/sha256", 0)),
                new Case("09-photo-folders-linked-outside", (c, s) -> {
                    // Followed, the links would hand over Alice's real photos from outside: a clean import.
                    for (Path folder : c.blobFolders()) {
                        c.replaceByLink(folder, c.outside().resolve("photos-" + folder.getFileName()));
                    }
                }, null, new Expect(Ending.STOPS, LINK, "blobs/sha256/", 0)),
                new Case("10-every-free-photo-folder-linked-outside", (c, s) -> {
                    // Wherever the coordinator's new photo goes, its folder leads outside.
                    for (int i = 0; i < 256; i++) {
                        String hex = HexFormat.of().toHexDigits((byte) i);
                        if (!Files.exists(c.blobs().resolve(hex), LinkOption.NOFOLLOW_LINKS)) {
                            Files.createSymbolicLink(c.blobs().resolve(hex), c.outside());
                        }
                    }
                }, null, new Expect(Ending.STOPS, LINK, "blobs/sha256/", 0)),
                new Case("11-bundle-file-linked", (c, s) -> {
                    Path second = only(c.bundles().resolve(s.alice), "2-");
                    c.replaceByLink(second, c.outside().resolve("second.json"));
                }, null, new Expect(Ending.REFUSES_BUNDLES, "bundle-not-a-file", "bundles/{alice}/2-", 1)),
                new Case("12-photo-files-linked", (c, s) -> {
                    for (Path folder : c.blobFolders()) {
                        try (Stream<Path> files = Files.list(folder)) {
                            for (Path blob : files.toList()) {
                                c.replaceByLink(blob, c.outside().resolve("photo-" + blob.getFileName()));
                            }
                        }
                    }
                }, null, new Expect(Ending.REFUSES_BUNDLES, "bundle-blob-missing", "bundles/{alice}/", 0)),
                new Case("13-repository-itself-reached-through-a-link",
                        (c, s) -> c.replaceByLink(c.repo(), c.dir().resolve("real-repo")), null,
                        new Expect(Ending.SYNCS, null, null, 2)),
                new Case("14-links-under-names-that-are-not-the-layout", (c, s) -> {
                    Files.createSymbolicLink(c.bundles().resolve("notes"), c.outside());
                    Files.createSymbolicLink(c.bundles().resolve("A".repeat(64)), c.outside());
                    Files.createSymbolicLink(c.blobs().resolve("zz"), c.outside());
                    Files.createSymbolicLink(c.repo().resolve("elsewhere"), c.outside());
                }, null, new Expect(Ending.SYNCS, null, null, 2)),
                new Case("15-repository-renamed-while-publishing", (c, s) -> { },
                        new Hook(When.WHILE_PUBLISHING, (c, s) -> Files.move(c.repo(), c.dir().resolve("unplugged")),
                                (c, s) -> Files.move(c.dir().resolve("unplugged"), c.repo())),
                        new Expect(Ending.STOPS, INTERRUPTED, "", 0)),
                new Case("16-repository-removed-while-importing", (c, s) -> { },
                        new Hook(When.WHILE_IMPORTING, (c, s) -> {
                            RepositoryScene.copyTree(c.repo(), c.dir().resolve("saved"));
                            deleteTree(c.repo());
                        }, (c, s) -> Files.move(c.dir().resolve("saved"), c.repo())),
                        new Expect(Ending.STOPS, INTERRUPTED, "", 1)),
                new Case("17-signer-folder-renamed-while-importing", (c, s) -> { },
                        new Hook(When.WHILE_IMPORTING,
                                (c, s) -> Files.move(c.bundles().resolve(s.alice), c.bundles().resolve("alice-old")),
                                (c, s) -> Files.move(c.bundles().resolve("alice-old"), c.bundles().resolve(s.alice))),
                        new Expect(Ending.STOPS, INTERRUPTED, "bundles/{alice}", 1)));
    }

    private static Path only(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.sorted(java.util.Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.delete(p);
        }
    }
}
