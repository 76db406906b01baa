package org.contrechamp.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.contrechamp.core.common.DataUnavailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way into a repository folder: nothing read or written leaves its real path. */
class RepositoryPathsTest {

    @TempDir
    Path temp;

    Path repo;
    Path outside;

    @BeforeEach
    void setUp() throws IOException {
        repo = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(repo.resolve(RepositoryLayout.REPOSITORY_FILE), "{}");
        outside = Files.createDirectories(temp.resolve("outside"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String codeOf(Throwable thrown) {
        assertThat(thrown).isInstanceOf(DataUnavailableException.class);
        return ((DataUnavailableException) thrown).problem().code();
    }

    @Test
    void aNewFileGoesInWithItsFoldersMadeOneByOneAndReadableByOthers() throws IOException {
        RepositoryPaths paths = RepositoryPaths.open(repo);
        assertThat(paths.writeNew(Path.of("bundles", "ab", "1-x.json"), bytes("one"))).isTrue();
        assertThat(paths.writeNew(Path.of("bundles", "ab", "1-x.json"), bytes("again"))).isFalse();
        assertThat(Files.readString(repo.resolve("bundles/ab/1-x.json"))).isEqualTo("one");
        assertThat(paths.holdsFile(Path.of("bundles", "ab", "1-x.json"))).isTrue();
        assertThat(paths.holdsFile(Path.of("bundles", "cd", "1-x.json"))).isFalse();
        assertThat(paths.copyNew(Path.of("blobs", "sha256", "ef", "ef01"), new ByteArrayInputStream(bytes("photo")))).isTrue();
        assertThat(Files.readString(repo.resolve("blobs/sha256/ef/ef01"))).isEqualTo("photo");
        try (Stream<Path> left = Files.list(repo.resolve("bundles/ab"))) {
            assertThat(left).as("no temporary file left").hasSize(1);
        }
        if (Files.getFileStore(repo).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(repo.resolve("bundles/ab/1-x.json"))))
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void aLinkedFolderOnTheWayIsNeitherWrittenNorReadThroughWhereverItLeads() throws IOException {
        Files.createDirectories(repo.resolve("inside"));
        Files.writeString(outside.resolve("f"), "outside");
        Files.writeString(repo.resolve("inside").resolve("f"), "inside");
        Files.createDirectories(repo.resolve("blobs"));
        for (Path target : new Path[] {outside, repo.resolve("inside")}) {
            Path link = repo.resolve("blobs").resolve("sha256");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, target);
            RepositoryPaths paths = RepositoryPaths.open(repo);
            Throwable written = catchThrowable(() -> paths.writeNew(Path.of("blobs", "sha256", "g"), bytes("x")));
            assertThat(codeOf(written)).isEqualTo("repository-link");
            assertThat(((DataUnavailableException) written).problem().field()).isEqualTo(link.toString());
            assertThat(((DataUnavailableException) written).problem().args()).containsExactly(target.toString());
            assertThat(codeOf(catchThrowable(() -> paths.toRead(Path.of("blobs", "sha256", "f"))))).isEqualTo("repository-link");
            assertThat(codeOf(catchThrowable(() -> paths.folder(Path.of("blobs", "sha256"))))).isEqualTo("repository-link");
            assertThat(codeOf(catchThrowable(() -> paths.holdsFile(Path.of("blobs", "sha256", "f"))))).isEqualTo("repository-link");
        }
        try (Stream<Path> left = Files.list(outside)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("f");
        }
    }

    @Test
    void aLinkOrAFolderWhereAFileBelongsIsRefusedNotTakenForTheFile() throws IOException {
        Files.createDirectories(repo.resolve("bundles"));
        Files.createSymbolicLink(repo.resolve("bundles/1-x.json"), outside.resolve("1-x.json"));
        Files.createDirectories(repo.resolve("bundles/2-x.json"));
        RepositoryPaths paths = RepositoryPaths.open(repo);
        assertThat(codeOf(catchThrowable(() -> paths.writeNew(Path.of("bundles", "1-x.json"), bytes("x")))))
                .isEqualTo("repository-link");
        assertThat(codeOf(catchThrowable(() -> paths.writeNew(Path.of("bundles", "2-x.json"), bytes("x")))))
                .isEqualTo("repository-unexpected-entry");
        assertThat(outside.resolve("1-x.json")).doesNotExist();
        // Reading leaves the last name to the reader, which opens it without following a link.
        assertThat(paths.toRead(Path.of("bundles", "1-x.json"))).isEqualTo(repo.toRealPath().resolve("bundles/1-x.json"));
    }

    @Test
    void aFolderSwappedForALinkBeforeTheMoveIsRefusedAndLeavesNothingOutside() throws IOException {
        RepositoryPaths paths = RepositoryPaths.open(repo);
        Path folder = Files.createDirectories(repo.resolve("bundles").resolve("ab"));
        Throwable thrown = catchThrowable(() -> paths.writeNew(Path.of("bundles", "ab", "1-x.json"),
                channel -> channel.write(ByteBuffer.wrap(bytes("mine"))), () -> {
                    try {
                        Files.move(folder, outside.resolve("ab"));
                        Files.createSymbolicLink(folder, outside.resolve("ab"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
        assertThat(codeOf(thrown)).isEqualTo("repository-link");
        try (Stream<Path> left = Files.list(outside.resolve("ab"))) {
            assertThat(left).as("the temporary file, moved out with its folder, is removed").isEmpty();
        }
    }

    @Test
    void aRepositoryReachedThroughALinkIsUsedAtItsRealPathAndNamedAsGiven() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("stick"), repo);
        RepositoryPaths paths = RepositoryPaths.open(link);
        assertThat(paths.root()).isEqualTo(link);
        assertThat(paths.writeNew(Path.of("bundles", "ab", "1-x.json"), bytes("one"))).isTrue();
        assertThat(repo.resolve("bundles/ab/1-x.json")).hasContent("one");
        assertThat(paths.named(Path.of("bundles"))).isEqualTo(link.resolve("bundles"));
    }

    @Test
    void aRepositoryTakenAwayIsNeverMadeAgainAndIsSaidToHaveDisappeared() throws IOException {
        RepositoryPaths paths = RepositoryPaths.open(repo);
        Files.createDirectories(repo.resolve("bundles/ab"));
        assertThat(paths.vanished(Path.of("bundles", "ab"))).isEmpty();
        Files.move(repo.resolve("bundles/ab"), repo.resolve("bundles/cd"));
        assertThat(paths.vanished(Path.of("bundles", "ab"))).contains(repo.resolve("bundles/ab"));
        Files.move(repo, temp.resolve("unplugged"));
        assertThat(paths.vanished(Path.of(""))).contains(repo);
        Throwable thrown = catchThrowable(() -> paths.writeNew(Path.of("bundles", "cd", "1-x.json"), bytes("x")));
        assertThat(codeOf(thrown)).isEqualTo("repository-interrupted");
        assertThat(((DataUnavailableException) thrown).problem().field()).isEqualTo(repo.toString());
        assertThat(repo).doesNotExist();
        assertThat(codeOf(catchThrowable(() -> RepositoryPaths.open(repo)))).isEqualTo("not-a-repository");
    }

    @Test
    void onlyPlainRelativePathsAreTaken() {
        RepositoryPaths paths = RepositoryPaths.open(repo);
        assertThatThrownBy(() -> paths.toRead(Path.of("..", "outside"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> paths.writeNew(outside.resolve("f"), bytes("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(outside.resolve("f"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
}
