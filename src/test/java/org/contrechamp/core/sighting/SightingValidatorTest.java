package org.contrechamp.core.sighting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.contrechamp.core.common.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SightingValidatorTest {

    @ParameterizedTest(name = "lat {0}, lon {1}: {2} {3}")
    @CsvSource({"91, 2, latitude, out-of-range", "-90.0001, 2, latitude, out-of-range",
        "NaN, 2, latitude, not-a-number", "Infinity, 2, latitude, not-finite", "48, 180.5, longitude, out-of-range",
        "48, NaN, longitude, not-a-number"})
    void impossibleCoordinatesNameTheirFieldAndRule(double lat, double lon, String field, String code) {
        List<Problem> problems = SightingValidator.problems(Sighting.newAt(Position.manual(lat, lon)).build());
        assertThat(problems).extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    @Test
    void theEdgesOfTheWorldAreValid() {
        assertThat(SightingValidator.problems(Sighting.newAt(Position.manual(90, 180)).build())).isEmpty();
        assertThat(SightingValidator.problems(Sighting.newAt(Position.manual(-90, -180)).build())).isEmpty();
    }

    @Test
    void tiltHeightTextAndPhotosAreChecked() {
        Sighting s = Sighting.newAt(Position.manual(48, 2)).tilt(91.0).height(-1.0).operator("x".repeat(256))
                .photos(List.of("ABC")).build();
        assertThat(SightingValidator.problems(s)).extracting(Problem::field)
                .containsExactlyInAnyOrder("tilt", "height", "operator", "photos");
    }
}
