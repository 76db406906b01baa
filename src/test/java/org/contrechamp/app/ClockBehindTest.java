package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision made on a laptop whose clock runs behind is dated just after the version it is made on (docs/adr/0063): an edit, a deletion and a restoration of a record a coordinator's laptop, two
 * hours ahead, last changed. Dated by the slow clock alone, the settled update time of a record would
 * depend on which versions a computer merged whole and which only through an edit made on them.
 */
class ClockBehindTest {

    private static final Instant BEHIND = Instant.parse("2026-06-01T10:00:00Z");
    private static final Instant AHEAD = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path root;

    private Party vera;
    private Party coord;

    @AfterEach
    void close() {
        if (vera != null) {
            vera.close();
        }
        coord.close();
    }

    /**
     * A clock that stands still: a decline keeps the record's values, and dated by the clock alone it
     * would have the very digest of the revision it is made on, naming itself as its own parent; every
     * reader refuses such a bundle, and nothing more of this coordinator's would be shared.
     */
    @Test
    void aProposalDeclinedUnderAStoppedClockIsANewRevisionThatTravels() {
        coord = new Party("Coord", root, new SecureRandom(), Clock.fixed(AHEAD, ZoneOffset.UTC), UUID::randomUUID);
        try (Party bob = new Party("Bob", root)) {
            Path repo = Party.campaign(root, coord, bob);
            Sighting made = coord.add(48.85, 2.35);
            coord.sync(repo);
            bob.sync(repo);
            Sighting atBob = bob.workspace.sightings().find(made.id()).orElseThrow();
            bob.workspace.sightings().update(atBob.toBuilder().note("deux objectifs").build());
            bob.sync(repo);
            coord.sync(repo);
            long item = coord.workspace.review().open().get(0).id();
            coord.workspace.review().reject(item, "un seul objectif");
            coord.sync(repo);

            assertThat(bob.sync(repo).result().rejected()).as("the decline's bundle is read").isEmpty();
            assertThat(bob.workspace.sightings().find(made.id()).orElseThrow().note()).isNull();
        }
    }

    @Test
    void aRevisionIsNeverDatedBeforeTheVersionItIsMadeOn() {
        vera = new Party("Vera", root, new SecureRandom(), Clock.fixed(BEHIND, ZoneOffset.UTC), UUID::randomUUID);
        coord = new Party("Coord", root, new SecureRandom(), Clock.fixed(AHEAD, ZoneOffset.UTC), UUID::randomUUID);
        Path repo = Party.campaign(root, coord, vera);
        Sighting made = vera.add(48.85, 2.35);
        vera.sync(repo);
        coord.sync(repo);
        Sighting atCoord = coord.workspace.sightings().find(made.id()).orElseThrow();
        coord.workspace.sightings().update(atCoord.toBuilder().note("vue sur le parvis").build());
        coord.sync(repo);
        vera.sync(repo);
        Sighting received = vera.workspace.sightings().find(made.id()).orElseThrow();
        assertThat(received.updatedAt()).isEqualTo(AHEAD);

        Sighting edited = vera.workspace.sightings().update(received.toBuilder().model("XNP-6320").build());
        assertThat(edited.updatedAt()).isAfter(AHEAD).isBeforeOrEqualTo(AHEAD.plusMillis(1000));
        Instant deleted = vera.workspace.sightings().delete(made.id()).updatedAt();
        assertThat(deleted).isAfter(edited.updatedAt()).isBeforeOrEqualTo(edited.updatedAt().plusMillis(1000));
        assertThat(vera.workspace.sightings().restore(made.id()).updatedAt()).isAfter(deleted);
        assertThat(made.updatedAt()).isEqualTo(BEHIND); // a creation is made on nothing: the clock's time
    }
}
