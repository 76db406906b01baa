package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same version signed by two people: the author and a volunteer make the very same change on the
 * same revision, on laptops whose clocks run behind it, so both revisions are dated a millisecond
 * after it (docs/adr/0063) and share a digest. A computer that receives the volunteer's copy first
 * keeps it as a proposal; the author's copy, when it comes, is that version from someone who may
 * change the record: it counts, and everyone ends with the change.
 */
class SameVersionFromTwoSignersTest {

    private static final Instant BEHIND = Instant.parse("2026-06-01T10:00:00Z");
    private static final Instant AHEAD = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path root;

    private List<Party> everyone = List.of();

    @AfterEach
    void close() {
        everyone.forEach(Party::close);
    }

    private Party party(String name, Instant clock) {
        return new Party(name, root, new SecureRandom(), Clock.fixed(clock, ZoneOffset.UTC), UUID::randomUUID);
    }

    @Test
    void theAuthorsCopyOfAVersionKeptAsAProposalCounts() {
        Party alice = party("Alice", BEHIND);
        Party bob = party("Bob", BEHIND);
        Party emma = party("Emma", BEHIND);
        Party coord = party("Coord", AHEAD);
        everyone = List.of(alice, bob, emma, coord);
        Party.everyoneTrustsEveryone(everyone, List.of(coord));
        Path repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        UUID id = alice.add(48.85, 2.35).id();
        syncAll(repo);
        edit(coord, id, b -> b.note("vue sur le parvis")); // dated by the clock ahead
        syncAll(repo);

        edit(alice, id, b -> b.model("XNP-6320"));
        edit(bob, id, b -> b.model("XNP-6320"));
        assertThat(RecordHead.of(alice, id).orElseThrow().digest())
                .as("one version, two signers").isEqualTo(RecordHead.of(bob, id).orElseThrow().digest());
        edit(coord, id, b -> b.operator("Ville de Paris"));
        bob.sync(repo);
        emma.sync(repo); // Bob's copy first: a proposal here
        alice.sync(repo);
        coord.sync(repo);
        syncAll(repo);
        syncAll(repo);

        for (Party p : everyone) {
            Sighting s = p.workspace.sightings().find(id).orElseThrow();
            assertThat(s.model()).as(p.name).isEqualTo("XNP-6320");
            assertThat(s.operator()).as(p.name).isEqualTo("Ville de Paris");
            assertThat(p.workspace.review().open()).as(p.name + "'s open items").isEmpty();
        }
        assertThat(everyone.stream().map(p -> RecordHead.of(p, id).orElseThrow().digest()).distinct()).hasSize(1);
    }

    private void syncAll(Path repo) {
        everyone.forEach(p -> p.sync(repo));
    }

    private static void edit(Party who, UUID id, java.util.function.UnaryOperator<Sighting.Builder> change) {
        Sighting held = who.workspace.sightings().find(id).orElseThrow();
        who.workspace.sightings().update(change.apply(held.toBuilder()).build());
    }
}
