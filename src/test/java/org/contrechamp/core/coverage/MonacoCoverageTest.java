package org.contrechamp.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.area.StreetWay;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage against real streets: Monaco's 2021 extract, and GPX tracks walked along three of its
 * streets (on the pavement, wobbling as a phone does, one file each, imported as the window and the
 * command line import them). Exactly those streets must come out walked, with the two neighbours that
 * run beside them closer than a phone can tell apart; not the streets they cross or lead into.
 * Skipped when the fixtures are absent.
 */
class MonacoCoverageTest {

    static final List<String> WALKED = List.of("Boulevard des Moulins", "Avenue de la Costa", "Rue Grimaldi");

    @TempDir
    Path dir;

    @Test
    void exactlyTheStreetsWalkedAlongComeOutWalked() throws Exception {
        Path monaco = Fixtures.require("osm-monaco/monaco-2021-04-21.osm.pbf");
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            w.area().importFile(monaco, Progress.NONE, Cancellation.NEVER);
            List<StreetWay> streets = w.area().streets(w.area().requireCurrent().bounds());
            double time = 1.7e9;
            for (String name : WALKED) {
                WalkedTracks walk = WalkedTracks.startingAt(time).side(4);
                for (StreetWay way : streets) {
                    if (!way.name().equals(name)) {
                        continue;
                    }
                    for (int p = 0; p < way.geometry().partCount(); p++) {
                        for (int i = 0; i + 1 < way.geometry().pointCount(p); i++) {
                            walk.walk(way.geometry().lat(p, i), way.geometry().lon(p, i), way.geometry().lat(p, i + 1),
                                    way.geometry().lon(p, i + 1));
                        }
                        walk.pause(600); // the next stretch may start elsewhere: not joined
                    }
                }
                Path gpx = dir.resolve(name + ".gpx");
                Files.writeString(gpx, walk.gpx());
                w.tracks().keep(gpx);
                time += 86_400;
            }
            Coverage coverage = w.coverage().compute(null, Cancellation.NEVER);
            assertThat(coverage.tracks()).isEqualTo(3);
            Set<String> walked = new java.util.TreeSet<>();
            coverage.streets().stream().filter(StreetCoverage::walked).forEach(s -> walked.add(s.name()));
            // Two neighbours run the same way within the reach of a phone's error, and come out walked too:
            // "Impasse" (way 176684623), a lane whose middle is 11 m from Rue Grimaldi, on the side walked;
            // and a flight of "Escalier de la Costa" 15 to 25 m beside Avenue de la Costa. Nothing else: not
            // the slip road, the car park's entrance and exit, Place Moulins, nor any street crossed.
            List<String> expected = new java.util.ArrayList<>(WALKED);
            expected.addAll(List.of("Impasse", "Escalier de la Costa"));
            assertThat(walked).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(coverage.streets().stream().filter(s -> s.name().equals("Place Moulins")
                    || s.name().startsWith("Sortie Parking") || s.name().equals("Bretelle Ostende"))
                    .mapToDouble(StreetCoverage::walkedShare)).allMatch(share -> share < CoverageRules.WALKED_SHARE);
            assertThat(coverage.total().streets()).isGreaterThan(200);
        }
    }
}
