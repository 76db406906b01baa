package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.contrechamp.core.repository.SharingService;
import org.contrechamp.testing.GitDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync through git, with a real {@code git daemon} on 127.0.0.1 as the shared remote: clones that
 * push at the same time both land, commits carry only the pseudonym, and offline work is pushed later.
 */
class GitExchangeTest {

    @TempDir
    Path root;

    GitDaemon daemon;
    String url;
    Party alice;
    Party bob;
    Party coord;

    @BeforeEach
    void setUp() throws Exception {
        daemon = GitDaemon.start(java.nio.file.Files.createDirectories(root.resolve("remote")));
        url = daemon.bareRepository("campaign.git");
        alice = new Party("Alice", root);
        bob = new Party("Bob", root);
        coord = new Party("Coord", root);
        coord.workspace.sharing().initRepository(url, "Campagne");
        coord.trusts(alice);
        coord.trusts(bob);
    }

    @AfterEach
    void tearDown() throws Exception {
        alice.close();
        bob.close();
        coord.close();
        daemon.close();
    }

    @Test
    void twoClonesPushingAtOnceBothLandAndTheCoordinatorGetsBoth() throws Exception {
        alice.sync(url); // first clones
        bob.sync(url);
        for (int i = 0; i < 3; i++) {
            alice.add(48.85 + i / 1000.0, 2.35);
            bob.add(48.86 + i / 1000.0, 2.36);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<SharingService.SyncReport> a = () -> {
                start.await();
                return alice.sync(url);
            };
            Callable<SharingService.SyncReport> b = () -> {
                start.await();
                return bob.sync(url);
            };
            Future<SharingService.SyncReport> fa = pool.submit(a);
            Future<SharingService.SyncReport> fb = pool.submit(b);
            start.countDown();
            for (SharingService.SyncReport r : List.of(fa.get(120, TimeUnit.SECONDS), fb.get(120, TimeUnit.SECONDS))) {
                assertThat(r.git().pushed()).isTrue();
                assertThat(r.git().pendingPush()).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
        SharingService.SyncReport atCoord = coord.sync(url);
        assertThat(atCoord.result().imported()).hasSize(2);
        assertThat(coord.workspace.sightings().countLive()).isEqualTo(6);
        assertThat(coord.sync(url).result().changedNothing()).isTrue();

        String authors = GitDaemon.run(List.of("git", "log", "--all", "--format=%an <%ae> / %cn <%ce>"),
                root.resolve("remote/campaign.git"));
        for (String line : authors.strip().split("\n")) {
            assertThat(line).matches("(Alice|Bob|Coord) <> / (Alice|Bob|Coord) <>");
        }
    }

    @Test
    void offlineTheBundleIsCommittedLocallyAndPushedAtTheNextSync() throws Exception {
        alice.sync(url);
        daemon.stop();
        alice.add(48.85, 2.35);
        SharingService.SyncReport offline = alice.sync(url);
        assertThat(offline.git().online()).isFalse();
        assertThat(offline.git().committed()).isTrue();
        assertThat(offline.git().pendingPush()).isTrue();
        assertThat(offline.result().exported().bundles()).hasSize(1);

        daemon.restart();
        SharingService.SyncReport online = alice.sync(url);
        assertThat(online.git().pushed()).isTrue();
        assertThat(online.result().exported().isEmpty()).isTrue();
        assertThat(coord.sync(url).result().imported()).hasSize(1);
        assertThat(coord.workspace.sightings().countLive()).isEqualTo(1);
    }

    @Test
    void aRepositoryWhoseHeadNamesMainIsClonedAndSharedLikeAnyOther() throws Exception {
        String mainUrl = daemon.bareRepository("campaign-main.git", "main");
        Party first = new Party("Dana", root);
        Party second = new Party("Eli", root);
        try {
            first.workspace.sharing().initRepository(mainUrl, "Campagne main");
            first.trusts(second);
            second.trusts(first);
            second.add(48.85, 2.35);
            SharingService.SyncReport bySecond = second.sync(mainUrl); // its first clone
            assertThat(bySecond.git().pushed()).isTrue();
            assertThat(first.sync(mainUrl).result().imported()).hasSize(1);
            assertThat(first.workspace.sightings().countLive()).isEqualTo(1);

            String branches = GitDaemon.run(List.of("git", "branch", "--format=%(refname:short)"),
                    root.resolve("remote/campaign-main.git"));
            assertThat(branches.strip()).as("the one branch the remote's HEAD names").isEqualTo("main");
        } finally {
            first.close();
            second.close();
        }
    }
}
