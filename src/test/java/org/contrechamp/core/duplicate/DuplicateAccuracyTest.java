package org.contrechamp.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.DirectionParser;
import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The "how it will be checked": volunteers log overlapping parts of a city with GPS noise of a
 * few metres and compass noise, multi-camera poles included. The suggestions must find at least 95 %
 * of the true duplicate pairs with at least 90 % precision, and never pair two cameras of one pole
 * that point different ways. Run on a made-up city (always) and on the real Swiss OSM cameras (when
 * the fixtures are there), each with a fixed seed.
 */
class DuplicateAccuracyTest {

    private static final String SWISS = "surveillance-osm-switzerland/overpass_switzerland_surveillance_2023.json";

    record Measured(int truePairs, int suggested, int correct, int poleMistakes) {
        double recall() {
            return truePairs == 0 ? 1 : (double) correct / truePairs;
        }

        double precision() {
            return suggested == 0 ? 1 : (double) correct / suggested;
        }

        @Override
        public String toString() {
            return String.format("%d true pairs, %d suggested, %d correct: recall %.2f %%, precision %.2f %%, %d pole mistakes",
                    truePairs, suggested, correct, 100 * recall(), 100 * precision(), poleMistakes);
        }
    }

    static Measured measure(SurveySimulation.Survey survey, boolean authorsKnown) {
        List<DuplicateSuggestion> found = DuplicateFinder.over(survey.logs(), DuplicateRules.DEFAULTS, PairDecisions.NONE,
                authorsKnown ? survey.recordAuthors() : RecordAuthors.UNKNOWN).all(Progress.NONE, Cancellation.NEVER);
        Set<DuplicatePair> truth = survey.truePairs();
        Set<DuplicatePair> suggested = found.stream().map(DuplicateSuggestion::pair).collect(Collectors.toSet());
        int correct = (int) suggested.stream().filter(truth::contains).count();
        int pole = (int) suggested.stream().filter(survey::isPoleMistake).count();
        if (System.getenv("DUP_DIAGNOSE") != null) {
            java.util.Map<String, Integer> hist = new java.util.TreeMap<>();
            for (DuplicateSuggestion s : found) {
                if (!truth.contains(s.pair())) {
                    SurveySimulation.Camera a = survey.truth().get(s.first().id());
                    SurveySimulation.Camera b = survey.truth().get(s.second().id());
                    double d = org.contrechamp.core.geo.GeoMath.distanceMeters(a.lat(), a.lon(), b.lat(), b.lon());
                    String key = String.format("d%02d dir%03d %s", Math.min(20, (int) d), 15 * (int) (SurveySimulation.angle(a.direction(), b.direction()) / 15), a.type() == b.type());
                    hist.merge(key, 1, Integer::sum);
                }
            }
            hist.forEach((k, v) -> System.out.println("FP " + k + " " + v));
        }
        return new Measured(truth.size(), suggested.size(), correct, pole);
    }

    @Test
    void findsTheDuplicatesOfAMadeUpCityAndNeverPairsAPolesCameras() {
        for (long seed = 1; seed <= 3; seed++) {
            SurveySimulation city = new SurveySimulation(seed);
            city.city(46.2, 6.14, 25);
            SurveySimulation.Survey survey = city.survey(8, 700, 0.9, 3, 10);
            Measured m = measure(survey, true);
            System.out.println("made-up city, seed " + seed + ", " + city.cameras().size() + " cameras: " + m
                    + "; authors unknown: " + measure(survey, false));
            assertThat(m.truePairs()).isGreaterThan(1000);
            assertThat(m.recall()).as(m.toString()).isGreaterThanOrEqualTo(0.95);
            assertThat(m.precision()).as(m.toString()).isGreaterThanOrEqualTo(0.90);
            assertThat(m.poleMistakes()).as(m.toString()).isZero();
        }
    }

    @Test
    void findsTheDuplicatesAmongTheRealSwissCameras() throws IOException {
        Path file = Fixtures.root().resolve(SWISS);
        Assumptions.assumeTrue(Files.isRegularFile(file), "no fixture " + SWISS);
        SurveySimulation swiss = new SurveySimulation(48);
        for (JsonNode node : new ObjectMapper().readTree(file.toFile())) {
            placeNode(swiss, node);
        }
        SurveySimulation.Survey survey = swiss.survey(60, 3000, 0.9, 3, 10);
        Measured m = measure(survey, true);
        System.out.println("Swiss OSM cameras, " + swiss.cameras().size() + " cameras: " + m
                + "; authors unknown: " + measure(survey, false));
        assertThat(m.truePairs()).isGreaterThan(500);
        assertThat(m.recall()).as(m.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(m.precision()).as(m.toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(m.poleMistakes()).as(m.toString()).isZero();
    }

    /** A node as it stands; one mapped with several directions is a pole of that many cameras. */
    private static void placeNode(SurveySimulation sim, JsonNode node) {
        double lat = node.get("lat").asDouble();
        double lon = node.get("lon").asDouble();
        JsonNode tags = node.path("tags");
        CameraType type = CameraType.fromOsm(tags.path("camera:type").asText("")).orElse(null);
        CameraMount mount = CameraMount.fromOsm(tags.path("camera:mount").asText("")).orElse(null);
        List<Direction> directions = DirectionParser.parse(tags.path("camera:direction").asText("")).directions();
        if (directions.size() > 1) {
            sim.pole(lat, lon, Math.min(4, directions.size()));
        } else {
            sim.camera(lat, lon, directions.isEmpty() ? null : directions.get(0).centre(), type, mount);
        }
    }
}
