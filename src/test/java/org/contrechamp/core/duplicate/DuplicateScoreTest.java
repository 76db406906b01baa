package org.contrechamp.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;

/** The scoring rules of ADR 0048, one by one, and the incremental search against the full one. */
class DuplicateScoreTest {

    private static Sighting at(double northMeters, Double direction, String... photos) {
        Sighting.Builder b = Sighting.newAt(Position.manual(48.85 + northMeters / 111_195, 2.35))
                .cameraType(CameraType.FIXED).photos(List.of(photos));
        if (direction != null) {
            b.directions(List.of(Direction.bearing(direction)));
        }
        return b.build();
    }

    @Test
    void oneCameraLoggedTwiceIsSuggestedWithItsReasons() {
        DuplicateSuggestion s = DuplicateScore.score(at(0, 90.0), at(3, 100.0), DuplicateRules.DEFAULTS).orElseThrow();
        assertThat(s.score()).isBetween(0.7, 1.0);
        assertThat(s.reasons()).extracting(Reason::kind)
                .contains(ReasonKind.CLOSE, ReasonKind.VIEWS_OVERLAP, ReasonKind.SAME_CAMERA_TYPE);
    }

    @Test
    void twoCamerasOfOnePolePointingDifferentWaysAreNeverPairedEvenWithOnePhoto() {
        assertThat(DuplicateScore.score(at(0, 90.0, "p"), at(0.5, 180.0, "p"), DuplicateRules.DEFAULTS)).isEmpty();
    }

    @Test
    void directionsMoreThanFortyFiveDegreesApartAreTwoCameras() {
        assertThat(DuplicateScore.score(at(0, 350.0), at(0.5, 30.0), DuplicateRules.DEFAULTS)).isPresent();
        assertThat(DuplicateScore.score(at(0, 350.0), at(0.5, 36.0), DuplicateRules.DEFAULTS)).isEmpty();
        assertThat(DirectionGap.gap(Direction.sector(300, 60), Direction.bearing(90))).isEqualTo(30);
        assertThat(DirectionGap.gap(Direction.sector(0, 360), Direction.bearing(90))).isZero();
    }

    @Test
    void kindAndTypeMustAgreeAndDistanceHasALimitThatAPhotoStretches() {
        Sighting a = at(0, 90.0, "p");
        assertThat(DuplicateScore.score(a, a.toBuilder().id(UUID.randomUUID()).kind(Kind.ALPR).build(),
                DuplicateRules.DEFAULTS)).isEmpty();
        assertThat(DuplicateScore.score(a, a.toBuilder().id(UUID.randomUUID()).cameraType(CameraType.DOME).build(),
                DuplicateRules.DEFAULTS)).isEmpty();
        assertThat(DuplicateScore.score(at(0, 90.0), at(20, 90.0), DuplicateRules.DEFAULTS)).isEmpty();
        assertThat(DuplicateScore.score(at(0, 90.0), at(20, 90.0), DuplicateRules.DEFAULTS.withDistance(25))).isPresent();
        DuplicateSuggestion photo = DuplicateScore.score(a, at(60, 90.0, "p"), DuplicateRules.DEFAULTS).orElseThrow();
        assertThat(photo.reasons()).contains(new Reason(ReasonKind.SHARED_PHOTOS, 1));
        assertThat(DuplicateScore.score(a, at(150, 90.0, "p"), DuplicateRules.DEFAULTS)).isEmpty();
    }

    @Test
    void theIncrementalSearchFindsWhatTheFullSearchFindsForTheNewRecords() {
        SurveySimulation city = new SurveySimulation(7);
        city.city(46.2, 6.14, 12);
        SurveySimulation.Survey survey = city.survey(5, 500, 0.9, 3, 10);
        List<Sighting> old = new ArrayList<>(survey.logs().subList(0, survey.logs().size() / 2));
        List<Sighting> fresh = survey.logs().subList(survey.logs().size() / 2, survey.logs().size());
        DuplicateFinder finder = DuplicateFinder.over(old, DuplicateRules.DEFAULTS, PairDecisions.NONE);
        fresh.forEach(finder::put);
        Set<UUID> ids = fresh.stream().map(Sighting::id).collect(Collectors.toSet());
        Set<DuplicatePair> incremental = finder.forRecords(ids).stream().map(DuplicateSuggestion::pair)
                .collect(Collectors.toSet());
        Set<DuplicatePair> full = DuplicateFinder.over(survey.logs(), DuplicateRules.DEFAULTS, PairDecisions.NONE)
                .all(Progress.NONE, Cancellation.NEVER).stream().map(DuplicateSuggestion::pair)
                .filter(p -> ids.contains(p.first()) || ids.contains(p.second())).collect(Collectors.toSet());
        assertThat(incremental).isNotEmpty().isEqualTo(full);
    }

    @Test
    void aDecidedPairIsNotSuggested() {
        Sighting a = at(0, 90.0);
        Sighting b = at(2, 92.0);
        DuplicatePair pair = DuplicatePair.of(a.id(), b.id());
        assertThat(DuplicateFinder.over(List.of(a, b), DuplicateRules.DEFAULTS, PairDecisions.NONE)
                .all(Progress.NONE, Cancellation.NEVER)).hasSize(1);
        assertThat(DuplicateFinder.over(List.of(a, b), DuplicateRules.DEFAULTS, pair::equals)
                .all(Progress.NONE, Cancellation.NEVER)).isEmpty();
    }
}
