package org.contrechamp.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contrechamp.core.merge.Sightings.base;

import java.util.List;

import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;

/**
 * Two decisions of one proposal made apart: the proposal put the camera on a pole, one decision
 * (from the author's version, a wall) kept the wall, the other took the pole. Each side has both the
 * author's version and the proposal among its newest common revisions.
 */
class SeveralBasesTest {

    private static final Sighting AUTHORS = base().toBuilder().mount(CameraMount.WALL).build();
    private static final Sighting PROPOSAL = AUTHORS.toBuilder().mount(CameraMount.POLE).build();

    private static List<String> conflictPaths(MergeResult result) {
        return result.conflicts().stream().map(c -> c.field().path()).toList();
    }

    @Test
    void decisionsThatDisagreeAreAConflictWhicheverBaseComesFirst() {
        Version rejected = Version.of(AUTHORS.toBuilder().note("rejected").build());
        Version accepted = Version.of(PROPOSAL);

        MergeResult one = SeveralBases.merge(List.of(Version.of(AUTHORS), Version.of(PROPOSAL)), rejected, accepted);
        MergeResult other = SeveralBases.merge(List.of(Version.of(PROPOSAL), Version.of(AUTHORS)), rejected, accepted);

        // From either base alone, one decision would pass for the other's change and win silently.
        assertThat(ThreeWayMerge.merge(Version.of(AUTHORS), rejected, accepted).hasConflicts()).isFalse();
        assertThat(ThreeWayMerge.merge(Version.of(PROPOSAL), rejected, accepted).hasConflicts()).isFalse();
        assertThat(conflictPaths(one)).containsExactly("mount");
        assertThat(conflictPaths(other)).containsExactly("mount");
        assertThat(one.merged()).isEqualTo(other.merged());
        assertThat(one.merged().values().mount()).as("left as mine").isEqualTo(CameraMount.WALL);
        assertThat(one.merged().values().note()).as("what every base merges alike is merged").isEqualTo("rejected");
    }

    @Test
    void whatEveryBaseMergesAlikeIsNoConflict() {
        Version mine = Version.of(PROPOSAL.toBuilder().cameraType(CameraType.DOME).build());
        Version theirs = Version.of(PROPOSAL.toBuilder().operator("RATP").build());

        MergeResult result = SeveralBases.merge(List.of(Version.of(AUTHORS), Version.of(PROPOSAL)), mine, theirs);

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.merged().values().cameraType()).isEqualTo(CameraType.DOME);
        assertThat(result.merged().values().operator()).isEqualTo("RATP");
        assertThat(result.merged().values().mount()).isEqualTo(CameraMount.POLE);
    }

    @Test
    void extraTagsAgreeOrConflictKeyByKey() {
        Sighting authors = AUTHORS.toBuilder().extraTag("lit", "yes").build();
        Sighting proposal = authors.toBuilder().extraTag("lit", "no").build();
        Version mine = Version.of(authors.toBuilder().extraTag("colour", "grey").build());
        Version theirs = Version.of(proposal);

        MergeResult result = SeveralBases.merge(List.of(Version.of(authors), Version.of(proposal)), mine, theirs);

        assertThat(conflictPaths(result)).containsExactly("extraTags.lit");
        assertThat(result.merged().values().extraTags()).containsEntry("colour", "grey").containsEntry("lit", "yes");
    }

    @Test
    void oneBaseOrNoneIsTheThreeWayMerge() {
        Version mine = Version.of(PROPOSAL.toBuilder().note("mine").build());
        Version theirs = Version.of(AUTHORS.toBuilder().note("theirs").build());

        assertThat(SeveralBases.merge(List.of(Version.of(AUTHORS)), mine, theirs))
                .isEqualTo(ThreeWayMerge.merge(Version.of(AUTHORS), mine, theirs));
        assertThat(SeveralBases.merge(List.of(), mine, theirs)).isEqualTo(ThreeWayMerge.merge(null, mine, theirs));
    }

    @Test
    void aDeletionEveryBaseAgreesOnStands() {
        Version mine = Version.deleted(AUTHORS);
        Version theirs = Version.of(AUTHORS);

        MergeResult result = SeveralBases.merge(List.of(Version.of(AUTHORS), Version.of(AUTHORS)), mine, theirs);

        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.merged().deleted()).isTrue();
    }
}
