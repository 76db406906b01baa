package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.contrechamp.core.audit.Decision;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clock and id source given where a data directory is opened are the ones its services use: a
 * record, a trusted key and the audit entry of trusting it are stamped with the given time, not the
 * system's, and a repository made here is named by the given id.
 */
class LocalWorkspaceClockTest {

    private static final Instant GIVEN = Instant.parse("2021-03-04T05:06:07.089Z");
    private static final UUID REPOSITORY_ID = UUID.fromString("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");

    @TempDir
    Path root;

    private Party alice;
    private Party bob;

    @AfterEach
    void close() {
        if (alice != null) {
            alice.close();
        }
        if (bob != null) {
            bob.close();
        }
    }

    @Test
    void everyStampIsTheGivenClocksAndTheRepositoryIdTheGivenOne() {
        alice = new Party("Alice", root, new SecureRandom(), Clock.fixed(GIVEN, ZoneOffset.UTC), () -> REPOSITORY_ID);
        bob = new Party("Bob", root);

        Sighting made = alice.add(48.85, 2.35);
        alice.trusts(bob);

        assertThat(made.createdAt()).isEqualTo(GIVEN);
        assertThat(made.updatedAt()).isEqualTo(GIVEN);
        assertThat(alice.workspace.trust().list()).extracting(TrustedKey::addedAt).containsExactly(GIVEN);
        assertThat(alice.workspace.audit().list()).extracting(Decision::at).containsExactly(GIVEN);
        assertThat(alice.workspace.sharing().initRepository(root.resolve("repo").toString(), "Campagne").id())
                .isEqualTo(REPOSITORY_ID.toString());
        assertThat(alice.workspace.clock()).isEqualTo(Clock.fixed(GIVEN, ZoneOffset.UTC));
    }
}
