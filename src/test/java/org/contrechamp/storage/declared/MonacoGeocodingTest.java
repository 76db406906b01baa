package org.contrechamp.storage.declared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.contrechamp.core.area.AreaImporter;
import org.contrechamp.core.area.StreetName;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.declared.Certainty;
import org.contrechamp.core.declared.Geocode;
import org.contrechamp.core.declared.SiteGeocoder;
import org.contrechamp.storage.area.SqliteAreaStore;
import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real street names (Monaco's extract): crossings written as lists write them (capitals without
 * accents, abbreviations, the inverted form of card indexes, the names in the other order) are found
 * where the names as OpenStreetMap writes them are. Skipped when the fixture is absent.
 */
class MonacoGeocodingTest {

    private static final Logger LOG = LoggerFactory.getLogger(MonacoGeocodingTest.class);

    @TempDir
    Path dir;

    @Test
    void crossingsWrittenAsListsWriteThemAreFoundWhereTheirOwnNamesAre() {
        Path pbf = Fixtures.require("osm-monaco/monaco-2021-04-21.osm.pbf");
        try (SqliteAreaStore store = SqliteAreaStore.open(dir)) {
            new AreaImporter(store, Clock.systemUTC()).importFile(pbf, Progress.NONE, Cancellation.NEVER);
            List<String> names = store.streetNames("", Integer.MAX_VALUE).stream().map(StreetName::name).toList();
            SiteGeocoder geocoder = new SiteGeocoder(store);
            List<String[]> crossings = new ArrayList<>();
            for (int i = 0; i < names.size() && crossings.size() < 150; i++) {
                for (int j = i + 1; j < names.size() && crossings.size() < 150; j++) {
                    Geocode exact = geocoder.geocode(names.get(i) + ", " + names.get(j), "croisement");
                    if (exact.certainty() == Certainty.EXACT_CROSSING) {
                        crossings.add(new String[] {names.get(i), names.get(j)});
                    }
                }
            }
            assertThat(crossings).hasSizeGreaterThan(50);
            int same = 0;
            List<String> missed = new ArrayList<>();
            for (String[] c : crossings) {
                Geocode exact = geocoder.geocode(c[0] + ", " + c[1], null);
                Geocode written = geocoder.geocode(asListsWrite(c[1]) + " / " + asListsWrite(c[0]), "angle");
                if (written.point() != null && written.point().distanceTo(exact.point()) < 1) {
                    same++;
                } else {
                    missed.add(asListsWrite(c[1]) + " / " + asListsWrite(c[0]) + " -> " + written);
                }
            }
            double share = same / (double) crossings.size();
            LOG.info("Monaco: {} of {} crossings written as lists write them found at the same place", same, crossings.size());
            assertThat(share).as("missed: %s", missed).isGreaterThanOrEqualTo(0.95);
        }
    }

    /** "Boulevard de Suisse" as "SUISSE (BD DE)", "Avenue Saint-Michel" as "AV. ST MICHEL". */
    static String asListsWrite(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        String shortened = plain.replaceFirst("^BOULEVARD ", "BD ").replaceFirst("^AVENUE ", "AV. ")
                .replaceFirst("^RUE ", "R. ").replace("SAINT-", "ST ").replace("-", " ");
        int space = shortened.indexOf(' ');
        if (name.hashCode() % 2 == 0 && space > 0) {
            String[] rest = shortened.substring(space + 1).split(" ", 2);
            boolean article = rest.length == 2 && List.of("DE", "DU", "DES").contains(rest[0]);
            return article ? rest[1] + " (" + shortened.substring(0, space) + " " + rest[0] + ")"
                    : shortened.substring(space + 1) + " (" + shortened.substring(0, space) + ")";
        }
        return shortened;
    }
}
