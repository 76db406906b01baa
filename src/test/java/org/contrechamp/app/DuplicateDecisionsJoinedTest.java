package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.audit.AuditLog;
import org.contrechamp.core.audit.AuditStore;
import org.contrechamp.core.audit.Decision;
import org.contrechamp.core.audit.DecisionKind;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.duplicate.DecisionTags;
import org.contrechamp.core.duplicate.DuplicateDecision;
import org.contrechamp.core.duplicate.DuplicatePair;
import org.contrechamp.core.duplicate.DuplicateSuggestion;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The duplicates' decision joined to the rest of the desk in one data directory: the audit log hears
 * of it in the same transaction, a distinct decision is written as the tags that travel, the finder
 * skips pairs whose decision only the records carry (as received ones do), and the desk counts what
 * the finder suggests.
 */
class DuplicateDecisionsJoinedTest {

    @TempDir
    Path dir;

    private LocalWorkspace workspace;

    @BeforeEach
    void open() {
        workspace = LocalWorkspace.open(dir);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** One camera logged twice, 1.4 m apart, looking the same way. */
    private UUID[] oneCameraTwice(double lat) {
        Sighting a = workspace.sightings().create(Sighting.newAt(Position.manual(lat, 2.35)).directions(List.of(Direction.bearing(90)))
                .build());
        Sighting b = workspace.sightings().create(Sighting.newAt(Position.manual(lat + 0.00001, 2.35001))
                .directions(List.of(Direction.bearing(95))).build());
        return new UUID[] {a.id(), b.id()};
    }

    private List<DuplicatePair> suggested() {
        return workspace.duplicates().suggestions(Progress.NONE, Cancellation.NEVER).stream()
                .map(DuplicateSuggestion::pair).toList();
    }

    @Test
    void aMergeAndADistinctDecisionAreEachAppendedToTheAuditLog() {
        UUID[] one = oneCameraTwice(48.85);
        UUID[] two = oneCameraTwice(48.86);

        DuplicateDecision merged = workspace.duplicates().merge(one[1], one[0]);
        workspace.duplicates().distinct(two[0], two[1]);

        List<Decision> log = workspace.audit().list();
        assertThat(log).extracting(Decision::kind).containsExactly(DecisionKind.MERGE, DecisionKind.DISTINCT);
        assertThat(log.get(0).records()).containsExactly(merged.survivor(), merged.loser());
        assertThat(log.get(1).records()).containsExactly(two[0], two[1]);
    }

    @Test
    void aDecisionWhoseAuditEntryCannotBeWrittenIsNotStoredEither() {
        UUID[] one = oneCameraTwice(48.85);
        AuditStore broken = new AuditStore() {
            @Override
            public long append(Decision decision) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public List<Decision> all() {
                return List.of();
            }

            @Override
            public List<Decision> about(UUID sightingId) {
                return List.of();
            }
        };
        workspace.duplicates().setListener(DuplicateWiring.audited(new AuditLog(broken, Optional::empty,
                Clock.systemUTC())));

        assertThatThrownBy(() -> workspace.duplicates().merge(one[0], one[1])).hasMessageContaining("disk full");
        assertThatThrownBy(() -> workspace.duplicates().distinct(one[0], one[1])).hasMessageContaining("disk full");

        assertThat(workspace.sightings().find(one[0])).isPresent();
        assertThat(workspace.sightings().find(one[1])).isPresent();
        assertThat(workspace.sightings().find(one[0]).get().extraTags()).isEmpty();
        assertThat(workspace.decisions().pairs().isDecided(one[0], one[1])).isFalse();
        assertThat(suggested()).containsExactly(DuplicatePair.of(one[0], one[1]));
    }

    @Test
    void aDistinctDecisionIsWrittenOnBothRecordsAsTheTagsThatTravel() {
        UUID[] one = oneCameraTwice(48.85);

        workspace.duplicates().distinct(one[0], one[1]);

        assertThat(workspace.sightings().find(one[0]).get().extraTags())
                .containsEntry(DecisionTags.distinctKey(one[1]), "yes");
        assertThat(workspace.sightings().find(one[1]).get().extraTags())
                .containsEntry(DecisionTags.distinctKey(one[0]), "yes");
        assertThat(workspace.decisions().pairs().isDecided(one[0], one[1])).isTrue();
        // Deciding again through the other command changes nothing more, and says so.
        assertThat(workspace.decisions().decideDistinct(one[1], one[0])).isZero();
        assertThat(workspace.audit().list()).extracting(Decision::kind)
                .containsExactly(DecisionKind.DISTINCT, DecisionKind.DISTINCT);
    }

    @Test
    void theFinderSkipsAPairWhoseDecisionOnlyTheRecordsCarryAsAReceivedOneDoes() {
        UUID[] one = oneCameraTwice(48.85);
        UUID[] two = oneCameraTwice(48.86);
        assertThat(suggested()).hasSize(2);

        // As a coordinator's bundle leaves it: a tag on one record's revision, no local decision row.
        Sighting s = workspace.sightings().find(one[0]).get();
        workspace.sightings().update(s.toBuilder().extraTag(DecisionTags.distinctKey(one[1]), "yes").build());

        assertThat(suggested()).containsExactly(DuplicatePair.of(two[0], two[1]));
    }

    @Test
    void theDeskCountsTheProbableDuplicatesTheFinderSuggests() {
        UUID[] one = oneCameraTwice(48.85);
        oneCameraTwice(48.86);
        assertThat(workspace.desk().status().duplicates()).isEqualTo(2);

        workspace.duplicates().distinct(one[0], one[1]);

        assertThat(workspace.desk().status().duplicates()).isEqualTo(1);
    }
}
