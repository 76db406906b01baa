package org.contrechamp.core.sighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.junit.jupiter.api.Test;

class SightingJsonTest {

    static Sighting everyFieldSet() {
        TreeMap<String, String> extra = new TreeMap<>();
        extra.put("camera:mount", "roof");
        extra.put("name", "Caméra \"du lac\"");
        return Sighting.newAt(new Position(46.2044, 6.1432, PositionSource.EXIF, 4.5)).revision(3)
                .kind(Kind.GUNSHOT_DETECTOR).area(SurveillanceArea.OUTDOOR).zone(SurveillanceZone.PUBLIC_TRANSPORT_PLATFORM)
                .cameraType(CameraType.PANNING).directions(List.of(Direction.bearing(0.25), Direction.sector(0, 360)))
                .tilt(30.0).height(2.5).operator("SBB").operatorType(OperatorType.PRIVATE).manufacturer("Axis")
                .model("Q60").surveyDate(LocalDate.of(2023, 3, 1)).checkDate(LocalDate.of(2023, 4, 1)).fixme("x")
                .note("ligne 1\nligne 2").status(Status.UNSURE).draft(true)
                .createdAt(Instant.parse("2023-03-01T10:00:00.123Z")).updatedAt(Instant.parse("2023-03-02T10:00:00Z"))
                .surveyedAt(Instant.parse("2023-03-01T09:59:00Z"))
                .photos(List.of("a".repeat(64), "0123456789abcdef".repeat(4)))
                .street(StreetAssignment.nearest("Rue de Rivoli", 12.5)).extraTags(extra).build();
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        Sighting s = everyFieldSet();
        assertThat(SightingJson.fromJson(SightingJson.toJson(s))).isEqualTo(s);
    }

    @Test
    void aMinimalSightingSurvivesTheRoundTrip() {
        Sighting s = Sighting.newAt(Position.manual(-33.9, 151.2)).revision(1).kind(null).build();
        assertThat(SightingJson.fromJson(SightingJson.toJson(s))).isEqualTo(s);
    }

    @Test
    void unknownFieldsValuesAndTypesAreNamed() {
        String json = SightingJson.toJson(everyFieldSet())
                .replace("\"cameraType\":\"panning\"", "\"cameraType\":\"ptz\"")
                .replace("\"status\":\"unsure\"", "\"status\":\"gone\",\"colour\":\"red\"")
                .replace("\"tilt\":30.0", "\"tilt\":\"30\"");
        assertThatThrownBy(() -> SightingJson.fromJson(json)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::field, Problem::code).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("cameraType", "unknown-value"),
                        org.assertj.core.groups.Tuple.tuple("status", "unknown-value"),
                        org.assertj.core.groups.Tuple.tuple("colour", "unknown-field"),
                        org.assertj.core.groups.Tuple.tuple("tilt", "wrong-type")));
    }

    @Test
    void coordinatesOutOfRangeAreRefused() {
        String json = SightingJson.toJson(everyFieldSet()).replace("\"lat\":46.2044", "\"lat\":146.2044");
        assertThatThrownBy(() -> SightingJson.fromJson(json)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("latitude"));
    }

    @Test
    void duplicateKeysAndTrailingDataAreRefused() {
        String json = SightingJson.toJson(everyFieldSet());
        assertThatThrownBy(() -> SightingJson.fromJson(json.replace("{\"id\"", "{\"revision\":9,\"id\"")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SightingJson.fromJson(json + "{}")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aNonCanonicalIdIsRefused() {
        String json = SightingJson.toJson(everyFieldSet()).replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"1-1-1-1-1\"");
        assertThatThrownBy(() -> SightingJson.fromJson(json)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::code).containsExactly("not-a-uuid"));
    }

    @Test
    void aNullStatusIsRequiredNotACrash() {
        String json = SightingJson.toJson(everyFieldSet()).replace("\"status\":\"unsure\"", "\"status\":null");
        assertThatThrownBy(() -> SightingJson.fromJson(json)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::field, Problem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("status", "required")));
    }

    @Test
    void anIdOrRevisionOfTheWrongTypeIsNamedAndSteppedOver() {
        String json = SightingJson.toJson(everyFieldSet())
                .replaceFirst("\"id\":\"[^\"]+\"", "\"id\":{\"nested\":[1,2]}")
                .replaceFirst("\"revision\":\\d+", "\"revision\":[\"3\"]");
        assertThatThrownBy(() -> SightingJson.fromJson(json)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(Problem::field, Problem::code).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("id", "wrong-type"),
                        org.assertj.core.groups.Tuple.tuple("revision", "wrong-type")));
    }
}
