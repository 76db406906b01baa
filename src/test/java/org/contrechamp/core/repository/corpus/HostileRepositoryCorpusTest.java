package org.contrechamp.core.repository.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.cli.CliRunner;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.PhotoLibrary;
import org.contrechamp.core.repository.SyncResult;
import org.contrechamp.core.repository.corpus.HostileRepositories.Case;
import org.contrechamp.core.repository.corpus.HostileRepositories.Ending;
import org.contrechamp.core.repository.corpus.HostileRepositories.When;
import org.contrechamp.ui.common.ErrorMessages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every hostile repository of {@link HostileRepositories} twice, each on its own copy of the
 * scene: through the sharing service (the problem's code and the path it names, what was refused)
 * and through {@code sync} on the command line (exit code and message). Whatever the case, the
 * sentinel folder the links lead to is left exactly as it was, and nothing of a refused bundle is
 * imported; a repository taken away during the sync is reported once, records no alert, and imports
 * normally when it is back.
 */
class HostileRepositoryCorpusTest {

    /** The words of each code's English message that the command line must print. */
    private static final Map<String, String> SAID = Map.of(
            HostileRepositories.LINK, "is a link",
            HostileRepositories.INTERRUPTED, "disappeared during the sync",
            "bundle-not-a-file", "is not a regular file",
            "bundle-blob-missing", "is missing from the repository");

    @TempDir
    static Path shared;

    static RepositoryScene scene;

    @TempDir
    Path temp;

    @BeforeAll
    static void makeTheScene() {
        scene = RepositoryScene.make(shared.resolve("template"));
    }

    @Test
    void theCorpusCoversEveryKindOfCase() {
        assertThat(HostileRepositories.all()).extracting(c -> c.expect().ending())
                .contains(Ending.STOPS, Ending.REFUSES_BUNDLES, Ending.SYNCS);
        assertThat(HostileRepositories.all()).extracting(Case::hook).filteredOn(h -> h != null)
                .extracting(HostileRepositories.Hook::when).contains(When.WHILE_PUBLISHING, When.WHILE_IMPORTING);
        assertThat(HostileRepositories.all()).extracting(Case::name).doesNotHaveDuplicates();
    }

    @TestFactory
    Stream<DynamicNode> everyHostileRepositoryEndsAsExpectedAndWritesNothingOutside() {
        return HostileRepositories.all().stream().map(c -> {
            DynamicTest service = DynamicTest.dynamicTest("service", () -> throughTheService(c));
            // The command line syncs without a progress listener: a hook during the import cannot reach it.
            return c.hook() != null && c.hook().when() == When.WHILE_IMPORTING
                    ? DynamicContainer.dynamicContainer(c.name(), Stream.of(service))
                    : DynamicContainer.dynamicContainer(c.name(), Stream.of(service,
                            DynamicTest.dynamicTest("command line", () -> throughTheCommandLine(c, Locale.ENGLISH))));
        });
    }

    @Test
    void anInterruptedSyncIsSaidInFrenchToo() throws IOException {
        Case renamed = HostileRepositories.all().stream().filter(c -> c.name().startsWith("15-")).findFirst().orElseThrow();
        String err = throughTheCommandLine(renamed, Locale.FRENCH);
        assertThat(err).contains("a disparu pendant la synchronisation").contains("reconnectez");
    }

    private void throughTheService(Case c) throws IOException {
        RepositoryScene.Copy copy = scene.copyTo(temp.resolve(c.name() + "-service"));
        c.craft().apply(copy, scene);
        TreeMap<String, Long> outside = RepositoryScene.tree(copy.outside());
        TreeMap<String, Long> repository = RepositoryScene.tree(copy.repo());
        try (LocalWorkspace coord = LocalWorkspace.open(copy.coord(), library(c, copy))) {
            SyncResult[] result = new SyncResult[1];
            Throwable thrown = catchThrowable(() -> result[0] = coord.sharing().sync(copy.repo().toString(), null,
                    progress(c, copy), Cancellation.NEVER).result());
            switch (c.expect().ending()) {
                case STOPS -> {
                    assertThat(thrown).isInstanceOf(DataUnavailableException.class);
                    DataUnavailableException stop = (DataUnavailableException) thrown;
                    assertThat(stop.problem().code()).isEqualTo(c.expect().code());
                    assertThat(stop.problem().field()).startsWith(named(c, copy).toString());
                    // The window's sync says it in the same sentence as the command line.
                    assertThat(ErrorMessages.describe(Messages.forLocale(Locale.ENGLISH), new RuntimeException(stop)))
                            .startsWith(named(c, copy).toString()).contains(SAID.get(c.expect().code()));
                    assertThat(coord.sharing().alerts()).isEmpty();
                }
                case REFUSES_BUNDLES -> {
                    assertThat(thrown).isNull();
                    assertThat(result[0].rejected()).isNotEmpty().allSatisfy(r -> {
                        assertThat(r.code()).isEqualTo(c.expect().code());
                        assertThat(r.file()).startsWith(relative(c, copy));
                    });
                }
                case SYNCS -> {
                    assertThat(thrown).isNull();
                    assertThat(result[0].rejected()).isEmpty();
                    assertThat(result[0].published()).as("the coordinator's bundle written").isEqualTo(1);
                }
            }
            assertThat(coord.sightings().countLive() - 1).as("Alice's sightings imported")
                    .isEqualTo(c.expect().aliceImported());
        }
        assertThat(RepositoryScene.tree(copy.outside())).as("the sentinel folder").isEqualTo(outside);
        if (c.expect().code() != null && c.expect().code().equals(HostileRepositories.LINK)) {
            // The coordinator's own work may have gone in before the link was met; nothing else changed.
            assertThat(RepositoryScene.tree(copy.repo())).as("what the repository held").containsAllEntriesOf(repository);
        }
        if (c.hook() != null) {
            againWhenBack(c, copy);
        }
    }

    private String throughTheCommandLine(Case c, Locale locale) throws IOException {
        RepositoryScene.Copy copy = scene.copyTo(temp.resolve(c.name() + "-cli-" + locale.getLanguage()));
        c.craft().apply(copy, scene);
        TreeMap<String, Long> outside = RepositoryScene.tree(copy.outside());
        TreeMap<String, Long> repository = RepositoryScene.tree(copy.repo());
        PhotoLibrary photos = library(c, copy);
        CliRunner.Result run = CliRunner.run(locale, dir -> LocalWorkspace.open(dir, photos),
                "--data", copy.coord().toString(), "sync", "--repo", copy.repo().toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(c.expect().exitCode());
        if (c.expect().ending() == Ending.STOPS) {
            assertThat(run.err()).contains(named(c, copy).toString());
        } else if (c.expect().ending() == Ending.REFUSES_BUNDLES) {
            assertThat(run.err()).contains(relative(c, copy));
        }
        if (c.expect().code() != null && locale.equals(Locale.ENGLISH)) {
            assertThat(run.err()).contains(SAID.get(c.expect().code()));
        }
        try (LocalWorkspace coord = LocalWorkspace.open(copy.coord(), photos)) {
            assertThat(coord.sightings().countLive() - 1).as("Alice's sightings imported")
                    .isEqualTo(c.expect().aliceImported());
            if (c.expect().ending() == Ending.STOPS) {
                assertThat(coord.sharing().alerts()).isEmpty();
            }
        }
        assertThat(RepositoryScene.tree(copy.outside())).as("the sentinel folder").isEqualTo(outside);
        if (HostileRepositories.LINK.equals(c.expect().code())) {
            // The coordinator's own work may have gone in before the link was met; nothing else changed.
            assertThat(RepositoryScene.tree(copy.repo())).as("what the repository held").containsAllEntriesOf(repository);
        }
        if (c.hook() != null) {
            assertThat(named(c, copy)).as("nothing made again where the repository was").doesNotExist();
            c.hook().restore().apply(copy, scene);
            CliRunner.Result again = CliRunner.run(locale, dir -> LocalWorkspace.open(dir, photos),
                    "--data", copy.coord().toString(), "sync", "--repo", copy.repo().toString());
            assertThat(again.exitCode()).as(again.err()).isZero();
            try (LocalWorkspace coord = LocalWorkspace.open(copy.coord(), photos)) {
                assertThat(coord.sightings().countLive() - 1).isEqualTo(2);
                assertThat(coord.sharing().alerts()).isEmpty();
            }
        }
        return run.err();
    }

    /** Once the repository is back, the same sync imports everything, refusing and alerting nothing. */
    private void againWhenBack(Case c, RepositoryScene.Copy copy) throws IOException {
        assertThat(named(c, copy)).as("nothing made again where the repository was").doesNotExist();
        c.hook().restore().apply(copy, scene);
        try (LocalWorkspace coord = LocalWorkspace.open(copy.coord(), scene.photos)) {
            SyncResult result = coord.sharing().sync(copy.repo().toString(), null, Progress.NONE, Cancellation.NEVER).result();
            assertThat(result.rejected()).isEmpty();
            assertThat(coord.sightings().countLive() - 1).isEqualTo(2);
            assertThat(coord.sharing().alerts()).isEmpty();
            assertThat(coord.sharing().pending()).isEmpty();
        }
    }

    /** The path a case's problem names, in the copy. */
    private static Path named(Case c, RepositoryScene.Copy copy) {
        String relative = relative(c, copy);
        return relative.isEmpty() ? copy.repo() : copy.repo().resolve(relative);
    }

    private static String relative(Case c, RepositoryScene.Copy copy) {
        return c.expect().named().replace("{alice}", scene.alice).replace("{coord}", scene.coord);
    }

    /** The photo originals; a hook while publishing runs when the first one is read. */
    private static PhotoLibrary library(Case c, RepositoryScene.Copy copy) {
        if (c.hook() == null || c.hook().when() != When.WHILE_PUBLISHING) {
            return scene.photos;
        }
        AtomicBoolean done = new AtomicBoolean();
        return new PhotoLibrary() {
            @Override
            public Optional<Path> originalFile(String sha256) {
                if (!done.getAndSet(true)) {
                    run(c.hook().action(), copy);
                }
                return scene.photos.originalFile(sha256);
            }

            @Override
            public int orientation(String sha256) {
                return scene.photos.orientation(sha256);
            }
        };
    }

    /** A hook while importing runs when the sync comes to Alice's second bundle. */
    private static Progress progress(Case c, RepositoryScene.Copy copy) {
        if (c.hook() == null || c.hook().when() != When.WHILE_IMPORTING) {
            return Progress.NONE;
        }
        AtomicBoolean done = new AtomicBoolean();
        return (n, total, current) -> {
            if (current.matches("2-[0-9a-f]{64}\\.json") && !done.getAndSet(true)) {
                run(c.hook().action(), copy);
            }
        };
    }

    private static void run(HostileRepositories.Craft action, RepositoryScene.Copy copy) {
        try {
            action.apply(copy, scene);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
