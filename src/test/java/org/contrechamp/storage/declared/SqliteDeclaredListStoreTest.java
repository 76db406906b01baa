package org.contrechamp.storage.declared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.common.Problem;
import org.contrechamp.core.declared.Certainty;
import org.contrechamp.core.declared.ColumnMapping;
import org.contrechamp.core.declared.DeclaredField;
import org.contrechamp.core.declared.DeclaredList;
import org.contrechamp.core.declared.DeclaredSite;
import org.contrechamp.core.declared.GeoPoint;
import org.contrechamp.core.declared.Geocode;
import org.contrechamp.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDeclaredListStoreTest {

    @TempDir
    Path dir;

    private Database db;
    private SqliteDeclaredListStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        store = new SqliteDeclaredListStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static DeclaredList list(String source, Map<String, DeclaredField> columns, DeclaredSite... sites) {
        return new DeclaredList(source, Instant.parse("2026-12-01T10:00:00Z"), "Windows-1252", ';', new ColumnMapping(columns),
                List.of(sites), List.of());
    }

    private static final DeclaredSite CROSSING = new DeclaredSite("17", 3, "Rue A, rue B", "croisement", "Ville", 2,
            "2019-03-04", null, new Geocode(Certainty.EXACT_CROSSING, new GeoPoint(48.1234567, 2.7654321),
                    List.of("Rue A", "Rue B"), 0.0, null), null);
    private static final DeclaredSite UNKNOWN = new DeclaredSite("18", 4, "Rue Imaginaire", null, null, 1, null,
            new GeoPoint(48.5, 2.5), Geocode.notFound(Problem.of("Rue Imaginaire", "declared-street-unknown",
                    "Rue Imaginaire")), null);

    @Test
    void aListComesBackAsItWasStored() {
        Map<String, DeclaredField> columns = new LinkedHashMap<>();
        columns.put("Adresse", DeclaredField.SITE);
        columns.put("N°", DeclaredField.ID);
        store.replace(list("liste.csv", columns, CROSSING, UNKNOWN));
        assertThat(store.sites()).containsExactly(CROSSING, UNKNOWN);
        assertThat(store.savedMapping()).contains(new ColumnMapping(columns));
        assertThat(store.info()).contains(new DeclaredList.Info("liste.csv", Instant.parse("2026-12-01T10:00:00Z"),
                "Windows-1252", 2));
    }

    @Test
    void aReplacementThatFailsLeavesThePreviousListAndMapping() {
        store.replace(list("first.csv", Map.of("Adresse", DeclaredField.SITE), CROSSING, UNKNOWN));
        DeclaredSite impossible = new DeclaredSite("19", 5, "Rue C", null, null, 0, null, null, null, null);
        assertThatThrownBy(() -> store.replace(list("second.csv", Map.of("Lieu", DeclaredField.SITE), CROSSING, impossible)))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.sites()).containsExactly(CROSSING, UNKNOWN);
        assertThat(store.info().orElseThrow().source()).isEqualTo("first.csv");
        assertThat(store.savedMapping().orElseThrow().columns()).containsOnlyKeys("Adresse");
    }

    @Test
    void aSitePlacedByHandIsManual() {
        store.replace(list("l.csv", Map.of("Adresse", DeclaredField.SITE), CROSSING, UNKNOWN));
        assertThat(store.place("18", new GeoPoint(48.6, 2.6))).isTrue();
        assertThat(store.place("99", new GeoPoint(48.6, 2.6))).isFalse();
        DeclaredSite placed = store.sites().get(1);
        assertThat(placed.certainty()).isEqualTo(Certainty.MANUAL);
        assertThat(placed.position()).isEqualTo(new GeoPoint(48.6, 2.6));
        assertThat(placed.listed()).isEqualTo(new GeoPoint(48.5, 2.5));
    }
}
