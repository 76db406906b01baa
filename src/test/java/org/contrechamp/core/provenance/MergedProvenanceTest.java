package org.contrechamp.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.UUID;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.duplicate.MergedInto;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provenance follows "merged into" tombstones: the survivor's is its own and that of every record
 * merged into it, a chain that loops is followed once and named, and a missing record is a sentence.
 */
class MergedProvenanceTest {

    @TempDir
    Path dir;

    /** A record merged away as the duplicates' desk leaves it: a tombstone naming its survivor. */
    private static void mergeInto(SightingService sightings, Sighting loser, UUID survivor) {
        Sighting tagged = sightings.update(loser.toBuilder().extraTag(MergedInto.KEY, survivor.toString()).build());
        sightings.delete(tagged.id());
    }

    private static Sighting camera(SightingService sightings, double lat) {
        return sightings.create(Sighting.newAt(Position.manual(lat, 2.35)).build());
    }

    @Test
    void theSurvivorsProvenanceHoldsThatOfEveryRecordMergedIntoItTransitively() {
        try (LocalWorkspace w = LocalWorkspace.open(dir)) {
            SightingService s = w.sightings();
            Sighting survivor = camera(s, 48.85);
            Sighting first = camera(s, 48.85001);
            Sighting second = camera(s, 48.85002);
            mergeInto(s, second, first.id());
            mergeInto(s, first, survivor.id());
            w.audit().merged(survivor.id(), first.id(), "same pole");

            RecordProvenance p = w.provenance().of(survivor.id());
            assertThat(p.mergedInto()).isNull();
            assertThat(p.merged()).singleElement().satisfies(m -> {
                assertThat(m.id()).isEqualTo(first.id());
                assertThat(m.deleted()).isTrue();
                assertThat(m.mergedInto()).isEqualTo(survivor.id());
                assertThat(m.changes()).extracting(RecordProvenance.ChangeStep::kind)
                        .containsExactly("create", "update", "delete");
                assertThat(m.merged()).extracting(RecordProvenance::id).containsExactly(second.id());
            });
            assertThat(p.decisions()).singleElement().satisfies(d -> assertThat(d.comment()).isEqualTo("same pole"));
            assertThat(p.problems()).isEmpty();
            assertThat(String.join("\n", new ProvenanceText(Messages.forLocale(java.util.Locale.ENGLISH), ZoneOffset.UTC)
                    .lines(p))).contains("1 record merged into it:",
                    "(merged into " + survivor.id() + ")", "merged two records of one camera");
            // The duplicates of this computer's own records count for it.
            assertThat(w.provenance().volunteers().get(0).duplicates()).isEqualTo(3);
        }
    }

    @Test
    void aMergedIntoChainThatLoopsIsFollowedOnceAndNamed() {
        try (LocalWorkspace w = LocalWorkspace.open(dir)) {
            SightingService s = w.sightings();
            Sighting a = camera(s, 48.85);
            Sighting b = camera(s, 48.86);
            mergeInto(s, a, b.id());
            mergeInto(s, b, a.id());

            RecordProvenance p = w.provenance().of(a.id());
            assertThat(p.merged()).extracting(RecordProvenance::id).containsExactly(b.id());
            assertThat(p.problems()).containsExactly("provenance-merge-loop:" + a.id());
            assertThat(new ProvenanceText(Messages.forLocale(java.util.Locale.FRENCH), ZoneOffset.UTC).lines(p))
                    .anySatisfy(line -> assertThat(line).startsWith("La chaîne « fusionnée dans » revient à " + a.id()));
        }
    }

    @Test
    void aRecordNotHeldIsNamed() {
        try (LocalWorkspace w = LocalWorkspace.open(dir)) {
            UUID nobody = UUID.randomUUID();
            assertThatThrownBy(() -> w.provenance().of(nobody)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code())
                            .isEqualTo("no-such-sighting"));
        }
    }

    @Test
    void aMergeWithItselfIsRefused() {
        try (LocalWorkspace w = LocalWorkspace.open(dir)) {
            UUID one = UUID.randomUUID();
            assertThatThrownBy(() -> w.audit().merged(one, one, null)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> w.audit().distinct(one, null, null)).isInstanceOf(InvalidInputException.class);
            assertThat(w.audit().list()).isEmpty();
        }
    }
}
