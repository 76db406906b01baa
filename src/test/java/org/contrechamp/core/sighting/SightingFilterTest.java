package org.contrechamp.core.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SightingFilterTest {

    private final Sighting dome = Sighting.newAt(Position.manual(1, 1)).cameraType(CameraType.DOME)
            .surveyDate(LocalDate.of(2026, 5, 3)).build();
    private final Sighting unknown = Sighting.newAt(Position.manual(1, 1)).kind(null).draft(true)
            .createdAt(Instant.parse("2026-06-01T10:00:00Z")).build();

    @Test
    void noFilterLetsEverythingThrough() {
        assertThat(SightingFilter.NONE.matchesFields(dome)).isTrue();
        assertThat(SightingFilter.NONE.matchesFields(unknown)).isTrue();
        assertThat(SightingFilter.NONE.isEmpty()).isTrue();
    }

    @Test
    void valuesMustBeAmongTheChosenOnesAndUnknownMatchesNone() {
        SightingFilter domes = SightingFilter.NONE.withCameraTypes(Set.of(CameraType.DOME));
        assertThat(domes.matchesFields(dome)).isTrue();
        assertThat(domes.matchesFields(unknown)).isFalse();
        assertThat(SightingFilter.NONE.withKinds(Set.of(Kind.CAMERA)).matchesFields(unknown)).isFalse();
    }

    @Test
    void draftsAndDatesNarrow() {
        assertThat(SightingFilter.NONE.withDraft(true).matchesFields(unknown)).isTrue();
        assertThat(SightingFilter.NONE.withDraft(true).matchesFields(dome)).isFalse();
        SightingFilter may = SightingFilter.NONE.withDates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
        assertThat(may.matchesFields(dome)).isTrue();
        assertThat(may.matchesFields(unknown)).as("dated by its creation, in June").isFalse();
    }
}
