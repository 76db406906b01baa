package org.contrechamp.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.contrechamp.core.merge.Sightings.base;

import java.util.Map;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResolutionTest {

    private static final Sighting BASE = base();
    private static final MergeField OPERATOR = MergeField.of(SightingField.OPERATOR);
    private static final MergeField CAMERA_TYPE = MergeField.of(SightingField.CAMERA_TYPE);
    private static final MergeField NAME_TAG = MergeField.extraTag("name");

    /** Operator, camera type and the name tag changed differently on both sides; mount by theirs only. */
    private static final MergeResult THREE_CONFLICTS = ThreeWayMerge.merge(Version.of(BASE),
            Version.of(BASE.toBuilder().operator("RATP").cameraType(CameraType.FIXED).extraTag("name", "Pont-Neuf").build()),
            Version.of(BASE.toBuilder().operator("SNCF").cameraType(CameraType.PANNING).extraTag("name", "Pont des Arts")
                    .mount(CameraMount.WALL).build()));

    private static void assertRefused(Resolution resolution, MergeResult result, Object... fieldAndCode) {
        assertThatThrownBy(() -> resolution.applyTo(result)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::field, Problem::code)
                        .containsExactlyInAnyOrder(tuplesOf(fieldAndCode)));
    }

    private static org.assertj.core.groups.Tuple[] tuplesOf(Object... fieldAndCode) {
        org.assertj.core.groups.Tuple[] tuples = new org.assertj.core.groups.Tuple[fieldAndCode.length / 2];
        for (int i = 0; i < tuples.length; i++) {
            tuples[i] = tuple(fieldAndCode[2 * i], fieldAndCode[2 * i + 1]);
        }
        return tuples;
    }

    @Nested
    class Choices {

        @Test
        void eachConflictTakesTheChosenSideAndTheRestStaysMerged() {
            Version resolved = Resolution.of(Map.of(OPERATOR, Choice.theirs(), CAMERA_TYPE, Choice.mine(),
                    NAME_TAG, Choice.theirs())).applyTo(THREE_CONFLICTS);

            Sighting values = resolved.values();
            assertThat(values.operator()).isEqualTo("SNCF");
            assertThat(values.cameraType()).isEqualTo(CameraType.FIXED);
            assertThat(values.extraTags()).containsEntry("name", "Pont des Arts");
            assertThat(values.mount()).as("merged without conflict").isEqualTo(CameraMount.WALL);
            assertThat(resolved.deleted()).isFalse();
        }

        @Test
        void aTypedTextReplacesBothSidesValuesStripped() {
            Version resolved = Resolution.of(Map.of(OPERATOR, Choice.typed("  RATP et SNCF "), CAMERA_TYPE, Choice.mine(),
                    NAME_TAG, Choice.typed("Pont-Neuf, côté rive droite"))).applyTo(THREE_CONFLICTS);

            assertThat(resolved.values().operator()).isEqualTo("RATP et SNCF");
            assertThat(resolved.values().extraTags()).containsEntry("name", "Pont-Neuf, côté rive droite");
        }

        @Test
        void aBlankTypedTextClearsTheFieldOrRemovesTheTag() {
            Version resolved = Resolution.of(Map.of(OPERATOR, Choice.typed(" "), CAMERA_TYPE, Choice.mine(),
                    NAME_TAG, Choice.typed(""))).applyTo(THREE_CONFLICTS);

            assertThat(resolved.values().operator()).isNull();
            assertThat(resolved.values().extraTags()).doesNotContainKey("name");
        }

        @Test
        void theirsForATagTheyRemovedRemovesIt() {
            java.util.TreeMap<String, String> withoutName = new java.util.TreeMap<>(BASE.extraTags());
            withoutName.remove("name");
            MergeResult result = ThreeWayMerge.merge(Version.of(BASE),
                    Version.of(BASE.toBuilder().extraTag("name", "Pont-Neuf").build()),
                    Version.of(BASE.toBuilder().extraTags(withoutName).build()));

            Version resolved = Resolution.of(Map.of(NAME_TAG, Choice.theirs())).applyTo(result);

            assertThat(resolved.values().extraTags()).doesNotContainKey("name").containsKey("camera:mount");
        }

        @Test
        void aMergeWithoutConflictsNeedsNoChoice() {
            MergeResult result = ThreeWayMerge.merge(Version.of(BASE), Version.of(BASE),
                    Version.of(BASE.toBuilder().note("theirs").build()));

            assertThat(Resolution.none().applyTo(result)).isEqualTo(result.merged());
        }
    }

    @Nested
    class Refusals {

        @Test
        void aMissingChoiceIsRefusedNamingEveryFieldWithoutOne() {
            assertRefused(Resolution.of(Map.of(OPERATOR, Choice.mine())), THREE_CONFLICTS,
                    "cameraType", "choice-required", "extraTags.name", "choice-required");
        }

        @Test
        void aChoiceForAFieldNotInConflictIsRefusedNamingIt() {
            Resolution resolution = Resolution.of(Map.of(OPERATOR, Choice.mine(), CAMERA_TYPE, Choice.mine(),
                    NAME_TAG, Choice.mine(), MergeField.of(SightingField.MOUNT), Choice.theirs(),
                    MergeField.extraTag("lit"), Choice.typed("yes")));

            assertRefused(resolution, THREE_CONFLICTS, "mount", "not-in-conflict", "extraTags.lit", "not-in-conflict");
        }

        @Test
        void aTypedValueItsFieldCannotReadIsRefusedNamingTheField() {
            // A listed value is typed as its tag is written (docs/adr/0062); "round" is none of them.
            assertRefused(Resolution.of(Map.of(OPERATOR, Choice.mine(), CAMERA_TYPE, Choice.typed("round"),
                    NAME_TAG, Choice.mine())), THREE_CONFLICTS, "cameraType", "unknown-value");
        }

        @Test
        void aTypedValueASightingMayNotHoldIsRefusedNamingItsField() {
            assertRefused(Resolution.of(Map.of(OPERATOR, Choice.typed("x".repeat(300)), CAMERA_TYPE, Choice.mine(),
                    NAME_TAG, Choice.typed("Pont\u202ENeuf"))), THREE_CONFLICTS,
                    "operator", "too-long", "extraTags.name", "bad-tag-value");
        }
    }

    @Nested
    class DeletionConflict {

        private final Sighting mineEdited = BASE.toBuilder().operator("RATP").build();
        private final Sighting deletedWithOtherOperator = BASE.toBuilder().operator("SNCF").build();
        /** Mine edited the operator; theirs changed it too, then deleted the record. */
        private final MergeResult result = ThreeWayMerge.merge(Version.of(BASE), Version.of(mineEdited),
                Version.deleted(deletedWithOtherOperator));

        @Test
        void choosingTheDeletionDeletesWithoutAskingAboutTheFields() {
            Version resolved = Resolution.of(Map.of(MergeField.DELETION, Choice.theirs())).applyTo(result);

            assertThat(resolved.deleted()).isTrue();
        }

        @Test
        void keepingTheRecordAsksForEveryFieldInConflict() {
            assertRefused(Resolution.of(Map.of(MergeField.DELETION, Choice.mine())), result,
                    "operator", "choice-required");

            Version kept = Resolution.of(Map.of(MergeField.DELETION, Choice.mine(), OPERATOR, Choice.theirs()))
                    .applyTo(result);
            assertThat(kept.deleted()).isFalse();
            assertThat(kept.values().operator()).isEqualTo("SNCF");
        }

        @Test
        void noChoiceForTheDeletionIsRefusedNamingTheRecord() {
            assertRefused(Resolution.of(Map.of(OPERATOR, Choice.mine())), result, "deleted", "delete-or-keep");
        }

        @Test
        void aTypedValueForTheDeletionIsRefused() {
            assertRefused(Resolution.of(Map.of(MergeField.DELETION, Choice.typed("yes"), OPERATOR, Choice.mine())),
                    result, "deleted", "not-text");
        }
    }
    @Nested
    class TwoTombstones {

        /** Both sides deleted the record, each with another operator (docs/adr/0060). */
        final MergeResult result = ThreeWayMerge.merge(Version.of(BASE),
                Version.deleted(BASE.toBuilder().operator("RATP").build()),
                Version.deleted(BASE.toBuilder().operator("SNCF").build()));

        @Test
        void theirFieldStillNeedsAChoice() {
            assertRefused(Resolution.none(), result, "operator", "choice-required");
        }

        @Test
        void theChosenValueStaysOnTheTombstone() {
            Version stored = Resolution.of(Map.of(OPERATOR, Choice.theirs())).applyTo(result);

            assertThat(stored.deleted()).isTrue();
            assertThat(stored.values().operator()).isEqualTo("SNCF");
        }
    }
}
