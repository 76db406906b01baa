package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.contrechamp.testing.SteppingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Computers whose clocks disagree: the order of events, not the times they stamp, decides how a
 * record settles. A volunteer's clock an hour behind the author's must not leave her computer
 * holding a version of the author's record that nobody else holds.
 */
class SkewedClocksTest {

    private static final Instant NOON = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path root;

    Party emma;
    Party chloe;
    Party coord;
    List<Party> everyone;
    Path repo;

    @BeforeEach
    void setUp() {
        emma = party("Emma", NOON.plus(Duration.ofHours(1))); // the author, her clock an hour ahead
        chloe = party("Chloe", NOON); // a volunteer an hour behind her
        coord = party("Coord", NOON.plus(Duration.ofMinutes(20)));
        everyone = List.of(emma, chloe, coord);
        Party.everyoneTrustsEveryone(everyone, List.of(coord));
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
    }

    private Party party(String name, Instant start) {
        return new Party(name, root, new SecureRandom(), new SteppingClock(start, Duration.ofSeconds(1)),
                UUID::randomUUID);
    }

    @AfterEach
    void tearDown() {
        everyone.forEach(Party::close);
    }

    @Test
    void aVolunteerWhoDeletesAndRestoresTheAuthorsRecordEndsWhereEveryoneDoes() {
        UUID record = emma.add(48.85, 2.35).id();
        emma.workspace.sightings().delete(record);
        emma.workspace.sightings().restore(record);
        syncEveryone();
        syncEveryone();
        chloe.workspace.sightings().delete(record); // a proposal: the record is Emma's
        chloe.sync(repo);
        chloe.workspace.sightings().restore(record); // her mind changed: back as it was, stamped by her clock
        syncEveryone();
        syncEveryone();
        syncEveryone();

        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
            assertThat(p.workspace.sightings().find(record)).as(p.name + "'s record").isPresent();
        }
        String expected = RecordHead.of(emma, record).orElseThrow().digest();
        for (Party p : everyone) {
            assertThat(RecordHead.of(p, record).map(RecordHead::digest)).as(p.name + "'s head:"
                    + RecordHead.historyOf(p, record) + "\n  the author's:" + RecordHead.historyOf(emma, record))
                    .contains(expected);
        }
    }

    private void syncEveryone() {
        everyone.forEach(p -> p.sync(repo));
    }
}
