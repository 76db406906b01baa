package org.contrechamp.core.sighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.contrechamp.core.common.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SightingTagsTest {

    private static Sighting.Builder builder() {
        return Sighting.newAt(Position.manual(48.85, 2.35));
    }

    @Nested
    class Writing {
        @Test
        void everyFieldBecomesItsOsmTag() {
            Sighting s = builder().kind(Kind.ALPR).area(SurveillanceArea.PUBLIC).zone(SurveillanceZone.TRAFFIC)
                    .cameraType(CameraType.FIXED).mount(CameraMount.GANTRY)
                    .directions(List.of(Direction.bearing(90), Direction.sector(300, 60))).tilt(15.0).height(4.5)
                    .operator("Préfecture de police").operatorType(OperatorType.GOVERNMENT).manufacturer("Hikvision")
                    .model("DS-2CD").surveyDate(LocalDate.of(2024, 5, 1)).checkDate(LocalDate.of(2024, 6, 2))
                    .fixme("check the operator").note("two cameras").build();
            assertThat(SightingTags.toTags(s, false)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry("man_made", "surveillance"), Map.entry("surveillance:type", "ALPR"),
                    Map.entry("surveillance", "public"), Map.entry("surveillance:zone", "traffic"),
                    Map.entry("camera:type", "fixed"), Map.entry("camera:mount", "gantry"),
                    Map.entry("camera:direction", "90;300-60"), Map.entry("camera:angle", "15"),
                    Map.entry("height", "4.5"), Map.entry("operator", "Préfecture de police"),
                    Map.entry("operator:type", "government"), Map.entry("manufacturer", "Hikvision"),
                    Map.entry("model", "DS-2CD"), Map.entry("survey:date", "2024-05-01"),
                    Map.entry("check_date", "2024-06-02"), Map.entry("fixme", "check the operator"),
                    Map.entry("note", "two cameras")));
        }

        @Test
        void aMicrophoneStaysLocal() {
            Sighting s = builder().kind(Kind.MICROPHONE).build();
            assertThat(SightingTags.toTags(s, true)).containsEntry("contrechamp:kind", "microphone")
                    .doesNotContainKey("surveillance:type");
            assertThat(SightingTags.toTags(s, false)).doesNotContainKeys("contrechamp:kind", "surveillance:type");
        }
    }

    @Nested
    class Reading {
        @Test
        void unknownKeysAreKeptVerbatim() {
            Sighting.Builder b = builder();
            List<TagIssue> issues = SightingTags.apply(Map.of("name", "Webcam du lac", "camera:count", "2"), b);
            assertThat(issues).isEmpty();
            assertThat(b.build().extraTags()).containsEntry("name", "Webcam du lac").containsEntry("camera:count", "2");
        }

        @Test
        void unreadableValuesAreKeptVerbatimAndReported() {
            Sighting.Builder b = builder();
            List<TagIssue> issues = SightingTags.apply(Map.of("camera:mount", "roof", "camera:angle", "360",
                    "camera:direction", "up the hill"), b);
            Sighting s = b.build();
            assertThat(s.mount()).isNull();
            assertThat(s.tilt()).isNull();
            assertThat(s.directions()).isEmpty();
            assertThat(issues).extracting(TagIssue::key, TagIssue::outcome, TagIssue::reason).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("camera:mount", TagIssue.Outcome.KEPT_VERBATIM, "unknown-value"),
                    org.assertj.core.groups.Tuple.tuple("camera:angle", TagIssue.Outcome.KEPT_VERBATIM, "out-of-range"),
                    org.assertj.core.groups.Tuple.tuple("camera:direction", TagIssue.Outcome.KEPT_VERBATIM,
                            "unreadable-direction"));
            assertThat(SightingTags.toTags(s, false)).containsEntry("camera:mount", "roof")
                    .containsEntry("camera:angle", "360").containsEntry("camera:direction", "up the hill");
        }

        @Test
        void harmlessSlipsAreReadAndReportedAsNormalised() {
            Sighting.Builder b = builder();
            List<TagIssue> issues = SightingTags.apply(Map.of("camera:mount", "traffic_signal", "camera:angle", "15°",
                    "camera:direction", "-140", "height", "3.0"), b);
            Sighting s = b.build();
            assertThat(s.mount()).isEqualTo(CameraMount.TRAFFIC_SIGNALS);
            assertThat(s.tilt()).isEqualTo(15.0);
            assertThat(s.directions()).containsExactly(Direction.bearing(220));
            assertThat(s.height()).isEqualTo(3.0);
            assertThat(issues).allMatch(i -> i.outcome() == TagIssue.Outcome.NORMALISED).hasSize(4);
            assertThat(issues).extracting(TagIssue::written).containsExactlyInAnyOrder("traffic_signals", "15", "220", "3");
        }

        @Test
        void settingAFieldDropsItsVerbatimCopy() {
            Sighting.Builder b = builder();
            SightingTags.apply(Map.of("camera:mount", "roof"), b);
            Sighting s = b.build().toBuilder().mount(CameraMount.WALL).build();
            assertThat(s.extraTags()).doesNotContainKey("camera:mount");
            assertThat(SightingTags.toTags(s, false)).containsEntry("camera:mount", "wall");
        }

        @Test
        void strictReadingNamesTheTagAndTheAllowedValues() {
            assertThatThrownBy(() -> SightingTags.applyStrict(Map.of("camera:type", "banana"), builder()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems()).hasSize(1);
                        assertThat(e.problems().get(0).field()).isEqualTo("camera:type");
                        assertThat(e.problems().get(0).args()).containsExactly("banana", "fixed, dome, panning, panorama, doorbell");
                    });
        }

        @Test
        void strictReadingOfANumberOutOfRangeGivesItsBounds() {
            // The message is "must be between {1} and {2} (got {0})": both bounds, not the range as one text.
            assertThatThrownBy(() -> SightingTags.applyStrict(Map.of("camera:angle", "120"), builder()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.problems()).extracting(p -> p.field(), p -> p.code())
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("camera:angle", "out-of-range"));
                        assertThat(e.problems().get(0).args()).containsExactly("120", "0", "90");
                    });
            assertThatThrownBy(() -> SightingTags.applyStrict(Map.of("height", "600 m"), builder()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).args()).containsExactly("600 m", "0", "500"));
        }

        @Test
        void writingThenReadingGivesTheSameSighting() {
            Sighting original = builder().kind(Kind.CAMERA).cameraType(CameraType.DOME).mount(CameraMount.POLE)
                    .directions(List.of(Direction.bearing(12.5))).height(6.0).operator("Mairie").build();
            Sighting.Builder again = new Sighting.Builder(original.id(), original.position());
            List<TagIssue> issues = SightingTags.readNode(new TreeMap<>(SightingTags.toTags(original, true)), again);
            assertThat(issues).isEmpty();
            assertThat(again.build()).isEqualTo(original);
        }
    }
}
