package org.contrechamp.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.contrechamp.core.area.Zone;
import org.contrechamp.core.area.ZoneKind;
import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.inventory.InventoryBuilder;
import org.contrechamp.core.inventory.InventoryZoning;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.Status;
import org.contrechamp.core.sighting.StreetAssignment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatsBuilderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static Zone square(String name, double lat0, double lon0, double size) {
        int[] ring = {Geometry.toE7(lon0), Geometry.toE7(lat0), Geometry.toE7(lon0 + size), Geometry.toE7(lat0),
            Geometry.toE7(lon0 + size), Geometry.toE7(lat0 + size), Geometry.toE7(lon0), Geometry.toE7(lat0 + size)};
        return new Zone(ZoneKind.ADMINISTRATIVE, 9, name, 1, new Geometry(List.of(ring)));
    }

    /** Two quarters side by side: "Nord" at lat 10.0–10.1, "Sud" at lat 9.9–10.0, both lon 20.0–20.1. */
    static final List<Zone> QUARTERS = List.of(square("Nord", 10.0, 20.0, 0.1), square("Sud", 9.9, 20.0, 0.1));

    static Sighting.Builder at(double lat, String street, String surveyed) {
        Sighting.Builder b = Sighting.newAt(Position.manual(lat, 20.05)).kind(Kind.CAMERA)
                .surveyDate(LocalDate.parse(surveyed));
        return street == null ? b : b.street(StreetAssignment.manual(street));
    }

    static Inventory inventory(Sighting... sightings) {
        InventoryZoning zoning = new InventoryZoning(QUARTERS, true, Map.of(), (lat, lon) -> OptionalLong.empty(),
                "Ville", null);
        InventoryBuilder builder = new InventoryBuilder(Locale.FRENCH, zoning,
                s -> s.street() == null ? null : s.street().name(), s -> 1, TODAY);
        for (Sighting s : sightings) {
            builder.add(s);
        }
        return builder.build();
    }

    static Statistics stats(Sighting... sightings) {
        return StatsBuilder.of(inventory(sightings), s -> s.operator() != null && s.operator().equals("by-bob") ? "b0b" : "",
                key -> key.equals("b0b") ? "Bob" : null);
    }

    @Test
    void countsEachDimensionMostFrequentFirstAndNotKnownLast() {
        Statistics s = stats(
                at(10.05, "Rue A", "2026-03-02").cameraType(CameraType.DOME).mount(CameraMount.WALL).operator("Mairie").build(),
                at(10.06, "Rue A", "2026-03-03").cameraType(CameraType.DOME).mount(CameraMount.POLE).operator("Mairie").build(),
                at(9.95, "Rue B", "2026-03-04").cameraType(CameraType.FIXED).build(),
                at(9.96, null, "2026-03-05").kind(Kind.ALPR).build());

        assertThat(s.cameras()).isEqualTo(4);
        assertThat(s.by(StatsDimension.KIND)).containsExactly(new Tally("camera", "value.kind.camera", 3),
                new Tally("ALPR", "value.kind.ALPR", 1));
        assertThat(s.by(StatsDimension.TYPE)).extracting(Tally::value, Tally::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dome", 2), org.assertj.core.groups.Tuple.tuple("fixed", 1),
                        org.assertj.core.groups.Tuple.tuple("", 1));
        assertThat(s.by(StatsDimension.MOUNT)).extracting(Tally::value).containsExactly("pole", "wall", "");
        assertThat(s.by(StatsDimension.OPERATOR)).extracting(Tally::value, Tally::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mairie", 2), org.assertj.core.groups.Tuple.tuple("", 2));
        assertThat(s.by(StatsDimension.ZONE)).extracting(Tally::value, Tally::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nord", 2), org.assertj.core.groups.Tuple.tuple("Sud", 2));
        assertThat(s.by(StatsDimension.STREET)).extracting(Tally::value, Tally::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rue A", 2), org.assertj.core.groups.Tuple.tuple("Rue B", 1),
                        org.assertj.core.groups.Tuple.tuple("", 1));
    }

    @Test
    void draftsAreLeftOutAndRemovedCamerasCountedApartAsTheInventoryDoes() {
        Statistics s = stats(at(10.05, "Rue A", "2026-03-02").build(),
                at(10.06, "Rue A", "2026-03-02").draft(true).build(),
                at(10.07, "Rue A", "2026-03-02").status(Status.REMOVED).build());

        assertThat(s.cameras()).isEqualTo(1);
        assertThat(s.removed()).isEqualTo(1);
        assertThat(s.by(StatsDimension.STREET)).containsExactly(new Tally("Rue A", null, 1));
        assertThat(s.volunteers()).containsExactly(new VolunteerCount("", null, 1));
    }

    @Test
    void aStreetCrossingTwoZonesIsOneStreetOfTheStreetCount() {
        Statistics s = stats(at(10.05, "Boulevard", "2026-03-02").build(), at(9.95, "Boulevard", "2026-03-02").build());

        assertThat(s.by(StatsDimension.STREET)).containsExactly(new Tally("Boulevard", null, 2));
        assertThat(s.by(StatsDimension.ZONE)).hasSize(2);
    }

    @Test
    void volunteersAreNamedByTheirPseudonymAndCountTheCamerasTheyFirstRecorded() {
        Statistics s = stats(at(10.05, "A", "2026-03-02").operator("by-bob").build(),
                at(10.06, "A", "2026-03-02").operator("by-bob").build(), at(10.07, "A", "2026-03-02").build());

        assertThat(s.volunteers()).containsExactly(new VolunteerCount("b0b", "Bob", 2), new VolunteerCount("", null, 1));
    }

    @Test
    void noCameraGivesEmptyCountsNotAnError() {
        Statistics s = stats();

        assertThat(s.empty()).isTrue();
        for (StatsDimension d : StatsDimension.values()) {
            assertThat(s.by(d)).isEmpty();
        }
        assertThat(s.timeline().periods()).isEmpty();
        assertThat(s.volunteers()).isEmpty();
    }

    @Nested
    class OverTime {

        @Test
        void aSeasonIsCountedByWeekFromMondayWithEmptyWeeksKept() {
            Timeline t = stats(at(10.05, "A", "2026-03-04").build(), at(10.05, "A", "2026-03-08").build(),
                    at(10.05, "A", "2026-03-23").build()).timeline();

            assertThat(t.step()).isEqualTo(Timeline.Step.WEEK);
            assertThat(t.periods()).containsExactly(new Timeline.Period(LocalDate.of(2026, 3, 2), 2),
                    new Timeline.Period(LocalDate.of(2026, 3, 9), 0), new Timeline.Period(LocalDate.of(2026, 3, 16), 0),
                    new Timeline.Period(LocalDate.of(2026, 3, 23), 1));
        }

        @Test
        void moreThanHalfAYearIsCountedByMonth() {
            Timeline t = stats(at(10.05, "A", "2025-11-20").build(), at(10.05, "A", "2026-06-01").build()).timeline();

            assertThat(t.step()).isEqualTo(Timeline.Step.MONTH);
            assertThat(t.periods()).hasSize(8);
            assertThat(t.periods().get(0)).isEqualTo(new Timeline.Period(LocalDate.of(2025, 11, 1), 1));
            assertThat(t.periods().get(7)).isEqualTo(new Timeline.Period(LocalDate.of(2026, 6, 1), 1));
        }

        @Test
        void aDateFarInThePastGivesYearsNotThousandsOfMonths() {
            Timeline t = stats(at(10.05, "A", "1970-01-01").build(), at(10.05, "A", "2026-06-01").build()).timeline();

            assertThat(t.step()).isEqualTo(Timeline.Step.YEAR);
            assertThat(t.periods()).hasSize(57);
        }
    }
}
