package org.contrechamp.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contrechamp.core.merge.Sightings.base;
import static org.contrechamp.core.merge.Sightings.photo;

import java.time.Instant;
import java.util.List;

import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.StreetAssignment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final Sighting BASE = base();

    private static MergeResult merge(Sighting mine, Sighting theirs) {
        return ThreeWayMerge.merge(Version.of(BASE), Version.of(mine), Version.of(theirs));
    }

    private static List<String> conflictPaths(MergeResult result) {
        return result.conflicts().stream().map(c -> c.field().path()).toList();
    }

    @Nested
    class Fields {

        @Test
        void mergeKeepsBothEditsWhenDifferentFieldsChanged() {
            Sighting mine = BASE.toBuilder().cameraType(CameraType.FIXED).build();
            Sighting theirs = BASE.toBuilder().operator("Préfecture de police").build();

            MergeResult result = merge(mine, theirs);

            assertThat(result.hasConflicts()).isFalse();
            assertThat(result.merged().values().cameraType()).isEqualTo(CameraType.FIXED);
            assertThat(result.merged().values().operator()).isEqualTo("Préfecture de police");
            assertThat(result.merged().deleted()).isFalse();
        }

        @Test
        void aFieldChangedOnOneSideOnlyIsTakenFromThatSide() {
            Sighting changed = BASE.toBuilder().note("behind the bus stop").tilt(30.0).build();

            assertThat(merge(changed, BASE).merged().values()).isEqualTo(changed);
            assertThat(merge(BASE, changed).merged().values()).isEqualTo(changed);
        }

        @Test
        void clearingAFieldIsAChangeLikeAnyOther() {
            Sighting cleared = BASE.toBuilder().operator(null).build();

            assertThat(merge(BASE, cleared).merged().values().operator()).isNull();
            assertThat(merge(cleared, BASE).merged().values().operator()).isNull();
        }

        @Test
        void theSameChangeOnBothSidesIsNoConflict() {
            Sighting mine = BASE.toBuilder().mount(CameraMount.WALL).build();
            Sighting theirs = BASE.toBuilder().mount(CameraMount.WALL).build();

            MergeResult result = merge(mine, theirs);

            assertThat(result.hasConflicts()).isFalse();
            assertThat(result.merged().values().mount()).isEqualTo(CameraMount.WALL);
        }

        @Test
        void differentChangesOfOneFieldAreAConflictOnThatFieldAloneLeftAtMine() {
            Sighting mine = BASE.toBuilder().operator("RATP").note("mine").build();
            Sighting theirs = BASE.toBuilder().operator("SNCF").height(4.0).build();

            MergeResult result = merge(mine, theirs);

            assertThat(result.conflicts()).containsExactly(
                    new FieldConflict(MergeField.of(SightingField.OPERATOR), "Ville de Paris", "RATP", "SNCF"));
            assertThat(result.merged().values().operator()).isEqualTo("RATP");
            assertThat(result.merged().values().note()).isEqualTo("mine");
            assertThat(result.merged().values().height()).isEqualTo(4.0);
        }
    }

    @Nested
    class WholeValues {

        @Test
        void positionIsOneFieldLatitudeLongitudeAndAccuracyTogether() {
            Sighting mine = BASE.toBuilder().position(new Position(48.8570, 2.3522, PositionSource.MANUAL, null)).build();
            Sighting theirs = BASE.toBuilder().position(new Position(48.8566, 2.3522, PositionSource.EXIF, 2.0)).build();

            MergeResult result = merge(mine, theirs);

            assertThat(conflictPaths(result)).containsExactly("position");
            assertThat(result.merged().values().position()).isEqualTo(mine.position());
        }

        @Test
        void aPositionMovedOnOneSideIsTakenWhole() {
            Position moved = new Position(48.8570, 2.3530, PositionSource.GPX, 12.0);
            Sighting theirs = BASE.toBuilder().position(moved).build();

            assertThat(merge(BASE, theirs).merged().values().position()).isEqualTo(moved);
        }

        @Test
        void directionsMergeAsOneListNotDirectionByDirection() {
            Sighting mine = BASE.toBuilder().directions(List.of(Direction.bearing(90), Direction.bearing(270))).build();
            Sighting theirs = BASE.toBuilder().directions(List.of(Direction.sector(60, 120))).build();

            MergeResult result = merge(mine, theirs);

            assertThat(result.conflicts()).containsExactly(new FieldConflict(MergeField.of(SightingField.DIRECTIONS),
                    BASE.directions(), mine.directions(), theirs.directions()));
            assertThat(result.merged().values().directions()).isEqualTo(mine.directions());
        }
    }

    @Nested
    class Photos {

        @Test
        void photosAddedOnBothSidesAreUnitedInOneOrderWhicheverSideIsMine() {
            Sighting mine = BASE.toBuilder().photos(List.of(photo('c'), photo('a'), photo('b'))).build();
            Sighting theirs = BASE.toBuilder().photos(List.of(photo('b'), photo('a'), photo('e'), photo('d'))).build();

            MergeResult result = merge(mine, theirs);

            assertThat(result.hasConflicts()).isFalse();
            // The base's photos in the base's order, then the added ones by hash: the same on both computers.
            assertThat(result.merged().values().photos())
                    .containsExactly(photo('a'), photo('b'), photo('c'), photo('d'), photo('e'));
            assertThat(merge(theirs, mine).merged().values().photos())
                    .isEqualTo(result.merged().values().photos());
        }

        @Test
        void aPhotoRemovedOnOneSideAndKeptUnchangedOnTheOtherIsRemoved() {
            Sighting removed = BASE.toBuilder().photos(List.of(photo('b'))).build();

            assertThat(merge(removed, BASE).merged().values().photos()).containsExactly(photo('b'));
            assertThat(merge(BASE, removed).merged().values().photos()).containsExactly(photo('b'));
        }

        @Test
        void aRemovalHoldsWhenTheOtherSideAddedOtherPhotos() {
            Sighting mine = BASE.toBuilder().photos(List.of(photo('a'), photo('b'), photo('c'))).build();
            Sighting theirs = BASE.toBuilder().photos(List.of(photo('b'))).build();

            assertThat(merge(mine, theirs).merged().values().photos()).containsExactly(photo('b'), photo('c'));
            assertThat(merge(theirs, mine).merged().values().photos()).containsExactly(photo('b'), photo('c'));
        }

        @Test
        void aListChangedOnOneSideOnlyKeepsThatSidesOrderSoANewMainPhotoHolds() {
            Sighting reordered = BASE.toBuilder().photos(List.of(photo('b'), photo('a'))).build();

            assertThat(merge(BASE, reordered).merged().values().photos()).containsExactly(photo('b'), photo('a'));
        }
    }

    @Nested
    class ExtraTags {

        @Test
        void extraTagsMergeKeyByKey() {
            Sighting mine = BASE.toBuilder().extraTag("survey:source", "walk").extraTag("name", "Caméra du Pont-Neuf")
                    .build();
            Sighting theirs = base();
            theirs = theirs.toBuilder().extraTags(new java.util.TreeMap<>(java.util.Map.of("name", "Caméra du pont",
                    "lit", "yes"))).build();

            MergeResult result = merge(mine, theirs);

            assertThat(result.hasConflicts()).isFalse();
            assertThat(result.merged().values().extraTags()).containsExactly(
                    java.util.Map.entry("lit", "yes"), java.util.Map.entry("name", "Caméra du Pont-Neuf"),
                    java.util.Map.entry("survey:source", "walk"));
        }

        @Test
        void aKeyChangedDifferentlyOnBothSidesIsAConflictOnThatKeyAlone() {
            Sighting mine = BASE.toBuilder().extraTag("name", "Pont-Neuf").extraTag("lit", "yes").build();
            Sighting theirs = BASE.toBuilder().extraTag("name", "Pont des Arts").build();

            MergeResult result = merge(mine, theirs);

            assertThat(result.conflicts()).containsExactly(
                    new FieldConflict(MergeField.extraTag("name"), "Caméra du pont", "Pont-Neuf", "Pont des Arts"));
            assertThat(conflictPaths(result)).containsExactly("extraTags.name");
            assertThat(result.merged().values().extraTags()).containsEntry("name", "Pont-Neuf").containsEntry("lit", "yes");
        }

        @Test
        void aKeyRemovedOnOneSideAndChangedOnTheOtherIsAConflict() {
            java.util.TreeMap<String, String> withoutName = new java.util.TreeMap<>(BASE.extraTags());
            withoutName.remove("name");
            Sighting mine = BASE.toBuilder().extraTags(withoutName).build();
            Sighting theirs = BASE.toBuilder().extraTag("name", "Pont des Arts").build();

            MergeResult result = merge(mine, theirs);

            assertThat(result.conflicts()).containsExactly(
                    new FieldConflict(MergeField.extraTag("name"), "Caméra du pont", null, "Pont des Arts"));
            assertThat(result.merged().values().extraTags()).doesNotContainKey("name");
        }

        @Test
        void aModelledFieldSetOnOneSideDropsItsVerbatimTagInTheMerge() {
            // camera:mount=roof is kept verbatim (not a mount the model knows); setting the mount replaces it.
            Sighting theirs = BASE.toBuilder().mount(CameraMount.WALL).build();
            Sighting mine = BASE.toBuilder().note("seen again").build();

            MergeResult result = merge(mine, theirs);

            assertThat(result.hasConflicts()).isFalse();
            assertThat(result.merged().values().mount()).isEqualTo(CameraMount.WALL);
            assertThat(result.merged().values().extraTags()).doesNotContainKey("camera:mount");
        }
    }

    @Nested
    class Deletion {

        private final Sighting edited = BASE.toBuilder().cameraType(CameraType.PANNING).build();

        @Test
        void deleteAgainstEditIsADeleteConflictLeftAtMine() {
            MergeResult mineDeleted = ThreeWayMerge.merge(Version.of(BASE), Version.deleted(BASE), Version.of(edited));
            MergeResult theirsDeleted = ThreeWayMerge.merge(Version.of(BASE), Version.of(edited), Version.deleted(BASE));

            assertThat(mineDeleted.conflicts()).containsExactly(new FieldConflict(MergeField.DELETION, false, true, false));
            assertThat(mineDeleted.merged().deleted()).isTrue();
            assertThat(mineDeleted.merged().values().cameraType()).as("theirs' edit, should the record be kept")
                    .isEqualTo(CameraType.PANNING);
            assertThat(theirsDeleted.conflicts()).containsExactly(new FieldConflict(MergeField.DELETION, false, false, true));
            assertThat(theirsDeleted.merged().deleted()).isFalse();
        }

        @Test
        void aPhotoAddedIsAnEditThatADeletionConflictsWith() {
            Sighting morePhotos = BASE.toBuilder().photos(List.of(photo('a'), photo('b'), photo('c'))).build();

            MergeResult result = ThreeWayMerge.merge(Version.of(BASE), Version.of(morePhotos), Version.deleted(BASE));

            assertThat(conflictPaths(result)).containsExactly("deleted");
        }

        @Test
        void deleteAgainstAnUnchangedSideIsADelete() {
            MergeResult theirsDeleted = ThreeWayMerge.merge(Version.of(BASE), Version.of(BASE), Version.deleted(BASE));
            MergeResult mineDeleted = ThreeWayMerge.merge(Version.of(BASE), Version.deleted(BASE), Version.of(BASE));

            assertThat(theirsDeleted.hasConflicts()).isFalse();
            assertThat(theirsDeleted.merged().deleted()).isTrue();
            assertThat(mineDeleted.hasConflicts()).isFalse();
            assertThat(mineDeleted.merged().deleted()).isTrue();
        }

        @Test
        void aChangeOfALocalFieldOnlyDoesNotStopADeletion() {
            Sighting reassigned = BASE.toBuilder().street(StreetAssignment.manual("Quai du Louvre")).build();

            MergeResult result = ThreeWayMerge.merge(Version.of(BASE), Version.of(reassigned), Version.deleted(BASE));

            assertThat(result.hasConflicts()).isFalse();
            assertThat(result.merged().deleted()).isTrue();
        }

        @Test
        void deleteAgainstDeleteIsADeleteThatStillAsksAboutAFieldTheyChangedDifferently() {
            // Restored later, the record would hold one operator with nobody asked (docs/adr/0060).
            Sighting mine = BASE.toBuilder().operator("RATP").model("AXIS P1455").build();
            Sighting theirs = BASE.toBuilder().operator("SNCF").build();

            MergeResult result = ThreeWayMerge.merge(Version.of(BASE), Version.deleted(mine), Version.deleted(theirs));

            assertThat(result.conflicts()).extracting(FieldConflict::field)
                    .containsExactly(MergeField.of(SightingField.OPERATOR));
            assertThat(result.merged().deleted()).isTrue();
            assertThat(result.merged().values().operator()).isEqualTo("RATP");
            assertThat(result.merged().values().model()).isEqualTo("AXIS P1455");
        }

        @Test
        void deleteAgainstDeleteOfTheSameValuesIsADeleteWithoutConflicts() {
            Sighting both = BASE.toBuilder().operator("RATP").build();

            MergeResult result = ThreeWayMerge.merge(Version.of(BASE), Version.deleted(both), Version.deleted(both));

            assertThat(result.hasConflicts()).isFalse();
            assertThat(result.merged().deleted()).isTrue();
        }

        @Test
        void aRestorationAgainstAnUnchangedTombstoneRestores() {
            MergeResult result = ThreeWayMerge.merge(Version.deleted(BASE), Version.deleted(BASE), Version.of(edited));

            assertThat(result.hasConflicts()).isFalse();
            assertThat(result.merged().deleted()).isFalse();
            assertThat(result.merged().values()).isEqualTo(edited);
        }
    }

    @Nested
    class NotMerged {

        @Test
        void streetAndDraftAreKeptFromMineAndNeverConflict() {
            Sighting mine = BASE.toBuilder().street(StreetAssignment.manual("Quai du Louvre")).build();
            Sighting theirs = BASE.toBuilder().street(StreetAssignment.nearest("Rue du Louvre", 20.0)).draft(true).build();

            MergeResult result = merge(mine, theirs);

            assertThat(result.hasConflicts()).isFalse();
            assertThat(result.merged().values().street()).isEqualTo(mine.street());
            assertThat(result.merged().values().draft()).isFalse();
            assertThat(merge(BASE, theirs).merged().values().street()).as("even when mine did not change it")
                    .isEqualTo(BASE.street());
        }

        @Test
        void idRevisionAndTimesAreMinesTheCallerAssignsTheNextRevision() {
            Sighting mine = BASE.toBuilder().revision(4).updatedAt(Instant.parse("2026-03-05T10:00:00Z")).build();
            Sighting theirs = BASE.toBuilder().revision(7).updatedAt(Instant.parse("2026-03-09T10:00:00Z"))
                    .createdAt(Instant.parse("2026-03-09T10:00:00Z")).note("theirs").build();

            Sighting merged = merge(mine, theirs).merged().values();

            assertThat(merged.id()).isEqualTo(mine.id());
            assertThat(merged.revision()).isEqualTo(4);
            assertThat(merged.updatedAt()).isEqualTo(mine.updatedAt());
            assertThat(merged.createdAt()).isEqualTo(mine.createdAt());
            assertThat(merged.note()).isEqualTo("theirs");
        }
    }

    @Nested
    class WithoutABase {

        private MergeResult mergeWithoutBase(Version mine, Version theirs) {
            return ThreeWayMerge.merge(null, mine, theirs);
        }

        @Test
        void aFieldKnownOnOneSideOnlyIsTakenAndDifferentValuesConflict() {
            Sighting mine = BASE.toBuilder().operator(null).tilt(15.0).build();
            Sighting theirs = BASE.toBuilder().directions(List.of()).cameraType(CameraType.FIXED).build();

            MergeResult result = mergeWithoutBase(Version.of(mine), Version.of(theirs));

            assertThat(result.conflicts()).containsExactly(
                    new FieldConflict(MergeField.of(SightingField.CAMERA_TYPE), null, CameraType.DOME, CameraType.FIXED));
            Sighting merged = result.merged().values();
            assertThat(merged.operator()).isEqualTo("Ville de Paris");
            assertThat(merged.tilt()).isEqualTo(15.0);
            assertThat(merged.directions()).isEqualTo(BASE.directions());
        }

        @Test
        void photosAndExtraTagsAreUnited() {
            Sighting mine = BASE.toBuilder().photos(List.of(photo('a'))).extraTags(new java.util.TreeMap<>()).extraTag("lit", "yes")
                    .build();
            Sighting theirs = BASE.toBuilder().photos(List.of(photo('c'), photo('a'))).build();

            MergeResult result = mergeWithoutBase(Version.of(mine), Version.of(theirs));

            assertThat(result.hasConflicts()).isFalse();
            assertThat(result.merged().values().photos()).containsExactly(photo('a'), photo('c'));
            assertThat(result.merged().values().extraTags()).containsOnlyKeys("lit", "name", "camera:mount");
        }

        @Test
        void oneSideDeletedIsADeleteConflictWithoutBaseValue() {
            MergeResult result = mergeWithoutBase(Version.deleted(BASE), Version.of(BASE));

            assertThat(result.conflicts()).containsExactly(new FieldConflict(MergeField.DELETION, null, true, false));
        }
    }
}
