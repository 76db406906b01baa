package org.contrechamp.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.contrechamp.core.merge.Sightings.base;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

/** Typing a value for a conflict on a field that is no free text (docs/adr/0062). */
class TypedValuesTest {

    private static final Sighting BASE = base();
    private static final MergeField DIRECTIONS = MergeField.of(SightingField.DIRECTIONS);
    private static final MergeField HEIGHT = MergeField.of(SightingField.HEIGHT);
    private static final MergeField CAMERA_TYPE = MergeField.of(SightingField.CAMERA_TYPE);
    private static final MergeField SURVEY_DATE = MergeField.of(SightingField.SURVEY_DATE);
    private static final MergeField POSITION = MergeField.of(SightingField.POSITION);

    /** Each side changed the field its own way. */
    private static MergeResult both(UnaryOperator<Sighting.Builder> mine, UnaryOperator<Sighting.Builder> theirs) {
        return ThreeWayMerge.merge(Version.of(BASE), Version.of(mine.apply(BASE.toBuilder()).build()),
                Version.of(theirs.apply(BASE.toBuilder()).build()));
    }

    private static final MergeResult DIRECTIONS_DIFFER = both(b -> b.directions(List.of(Direction.bearing(45))),
            b -> b.directions(List.of(Direction.bearing(180))));

    private static Sighting typed(MergeResult result, MergeField field, String text) {
        return Resolution.of(Map.of(field, Choice.typed(text))).applyTo(result).values();
    }

    private static void assertRefused(MergeResult result, MergeField field, String text, String code, Object... args) {
        assertThatThrownBy(() -> typed(result, field, text)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.problems()).extracting(Problem::field, Problem::code)
                            .containsExactly(tuple(field.path(), code));
                    if (args.length > 0) {
                        assertThat(e.problems().get(0).args()).containsExactly(args);
                    }
                });
    }

    @Test
    void directionsAreTypedAsTheirTagIsWritten() {
        assertThat(typed(DIRECTIONS_DIFFER, DIRECTIONS, " 45;180 ").directions())
                .containsExactly(Direction.bearing(45), Direction.bearing(180));
        assertThat(typed(DIRECTIONS_DIFFER, DIRECTIONS, "NE").directions()).containsExactly(Direction.bearing(45));
        assertThat(typed(DIRECTIONS_DIFFER, DIRECTIONS, "").directions()).as("blank: not known").isEmpty();
    }

    @Test
    void directionsThatCannotBeReadAreRefusedNamingTheFieldAndNothingIsStored() {
        assertRefused(DIRECTIONS_DIFFER, DIRECTIONS, "towards the bakery", "unreadable-direction", "towards the bakery",
                "0-360, N, NE..., 90;180, 300-60");
    }

    @Test
    void aNumberIsReadWithItsUnitAndRefusedOutOfItsRange() {
        MergeResult heights = both(b -> b.height(3.0), b -> b.height(5.0));

        assertThat(typed(heights, HEIGHT, "4,5 m").height()).isEqualTo(4.5);
        assertThat(typed(heights, HEIGHT, " ").height()).isNull();
        assertRefused(heights, HEIGHT, "600", "out-of-range", "600", "0", "500");
        assertRefused(heights, HEIGHT, "high", "not-a-number");
    }

    @Test
    void aListedValueIsTypedAsItsOpenStreetMapValue() {
        MergeResult types = both(b -> b.cameraType(CameraType.FIXED), b -> b.cameraType(CameraType.PANNING));

        assertThat(typed(types, CAMERA_TYPE, "dome").cameraType()).isEqualTo(CameraType.DOME);
        assertRefused(types, CAMERA_TYPE, "round", "unknown-value");
        // A long text is quoted by its start: the message stays a sentence, its buttons in sight.
        assertRefused(types, CAMERA_TYPE, "x".repeat(300), "unknown-value", "x".repeat(80) + "…",
                "fixed, dome, panning, panorama, doorbell");
    }

    @Test
    void aDateIsTypedAsIsoDate() {
        MergeResult dates = both(b -> b.surveyDate(LocalDate.of(2026, 4, 1)), b -> b.surveyDate(LocalDate.of(2026, 4, 2)));

        assertThat(typed(dates, SURVEY_DATE, "2026-04-03").surveyDate()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertRefused(dates, SURVEY_DATE, "3 April", "not-a-date");
    }

    @Test
    void aPositionIsChosenNeverTyped() {
        MergeResult moved = both(b -> b.position(new Position(48.857, 2.352, PositionSource.MANUAL, null)),
                b -> b.position(new Position(48.856, 2.353, PositionSource.MANUAL, null)));

        assertThat(TypedValues.isTypeable(POSITION)).isFalse();
        assertRefused(moved, POSITION, "48.8565, 2.3525", "not-text");
    }

    @Test
    void aTypedDirectionReplacesAnUnreadableCopyOfItsTagKeptVerbatim() {
        // Mine wrote a direction nobody can read: it is kept verbatim, and the directions are unknown.
        java.util.TreeMap<String, String> unreadable = new java.util.TreeMap<>(BASE.extraTags());
        unreadable.put("camera:direction", "left of the door");
        MergeResult result = both(b -> b.directions(List.of()).extraTags(unreadable),
                b -> b.directions(List.of(Direction.bearing(180))));

        Sighting resolved = typed(result, DIRECTIONS, "270");

        assertThat(resolved.directions()).containsExactly(Direction.bearing(270));
        assertThat(resolved.extraTags()).doesNotContainKey("camera:direction").containsKey("name");
    }

    @Test
    void anUnreadableCopyOfAModelledTagIsChosenNotTypedAndATypedValueStillReplacesIt() {
        // Both sides wrote a direction nobody can read, each its own: the copies conflict, and so do
        // the directions (mine cleared them, theirs holds one).
        java.util.TreeMap<String, String> mine = new java.util.TreeMap<>(BASE.extraTags());
        mine.put("camera:direction", "left of the door");
        java.util.TreeMap<String, String> theirs = new java.util.TreeMap<>(BASE.extraTags());
        theirs.put("camera:direction", "towards the bakery");
        MergeResult result = both(b -> b.directions(List.of()).extraTags(mine),
                b -> b.directions(List.of(Direction.bearing(180))).extraTags(theirs));
        MergeField copy = MergeField.extraTag("camera:direction");

        assertThat(TypedValues.isTypeable(copy)).as("a text there would bypass the reading rule").isFalse();
        Sighting resolved = Resolution.of(Map.of(DIRECTIONS, Choice.typed("270"), copy, Choice.theirs()))
                .applyTo(result).values();

        assertThat(resolved.directions()).containsExactly(Direction.bearing(270));
        assertThat(resolved.extraTags()).as("theirs' copy chosen, then replaced by the value read")
                .doesNotContainKey("camera:direction");
    }

    @Test
    void aKindIsChosenNeverTyped() {
        assertThat(TypedValues.isTypeable(MergeField.of(SightingField.KIND))).isFalse();
    }

    @Test
    void theTextATypingStartsFromIsTheValueAsItsTagIsWritten() {
        Sighting s = BASE.toBuilder().directions(List.of(Direction.bearing(90), Direction.bearing(180))).height(4.5).build();

        assertThat(TypedValues.textOf(DIRECTIONS, s)).isEqualTo("90;180");
        assertThat(TypedValues.textOf(HEIGHT, s)).isEqualTo("4.5");
        assertThat(TypedValues.textOf(MergeField.of(SightingField.OPERATOR), s)).isEqualTo("Ville de Paris");
        assertThat(TypedValues.textOf(MergeField.extraTag("name"), s)).isEqualTo("Caméra du pont");
        assertThat(TypedValues.textOf(MergeField.of(SightingField.TILT), s)).isEmpty();
        assertThat(TypedValues.formOf(HEIGHT)).isEqualTo("0-500");
        assertThat(TypedValues.formOf(MergeField.of(SightingField.OPERATOR))).isEmpty();
    }
}
