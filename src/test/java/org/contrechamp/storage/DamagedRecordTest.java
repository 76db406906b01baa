package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.doctor.StorageHealth;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.sighting.DamagedRecord;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One stored record whose text is not JSON (a bad sector, a hand edit): every other sighting is
 * still listed, the damaged one is named by its id, and its row is left exactly as it was.
 */
class DamagedRecordTest {

    @TempDir
    Path dir;
    Database db;
    SqliteSightingRepository repository;
    SightingService service;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        repository = new SqliteSightingRepository(db);
        service = new SightingService(repository, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Sighting> created(int count) {
        List<Sighting> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(service.create(Sighting.newAt(Position.manual(48.85 + i * 1e-4, 2.35)).build()));
        }
        return all;
    }

    /** Overwrites the stored text of a record's current revision, as a damaged disk or a hand edit would. */
    private void damage(UUID id, String text) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE sighting_history SET doc = ? "
                    + "WHERE seq = (SELECT head_seq FROM sighting WHERE id = ?)")) {
                p.setString(1, text);
                p.setString(2, id.toString());
                assertThat(p.executeUpdate()).isEqualTo(1);
            }
            return null;
        });
    }

    private String storedText(UUID id) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT h.doc FROM sighting s JOIN sighting_history h "
                    + "ON h.seq = s.head_seq WHERE s.id = ?")) {
                p.setString(1, id.toString());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
    }

    @Test
    void theOthersAreListedAndTheDamagedOneIsNamedAndLeftUntouched() {
        List<Sighting> all = created(3);
        Sighting broken = all.get(1);
        damage(broken.id(), "this is not JSON {");

        List<Sighting> listed = new ArrayList<>();
        List<DamagedRecord> damaged = new ArrayList<>();
        repository.forEachLive(listed::add, damaged::add);

        assertThat(listed).containsExactly(all.get(0), all.get(2));
        assertThat(damaged).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(broken.id());
            assertThat(d.revision()).isEqualTo(1);
            assertThat(d.detail()).isNotBlank();
        });
        assertThat(storedText(broken.id())).isEqualTo("this is not JSON {");
        assertThat(repository.listLive()).containsExactly(all.get(0), all.get(2));
        assertThat(repository.inBox(new BoundingBox(2.0, 48.0, 3.0, 49.0))).containsExactlyInAnyOrder(all.get(0), all.get(2));
    }

    @Test
    void damageAnywhereInALongListCostsOnlyTheDamagedRecords() {
        List<Sighting> all = created(600);
        // the first, one in the middle of a batch, two in a row, and the last
        List<Integer> broken = List.of(0, 300, 301, 599);
        damage(all.get(0).id(), "");
        damage(all.get(300).id(), "{\"id\": \"" + all.get(300).id() + "\", \"revision\":");
        damage(all.get(301).id(), "[1, 2, 3]");
        damage(all.get(599).id(), "{\"id\": 7}");

        List<Sighting> listed = new ArrayList<>();
        List<DamagedRecord> damaged = new ArrayList<>();
        repository.forEachLive(listed::add, damaged::add);

        List<Sighting> expected = new ArrayList<>(all);
        broken.stream().sorted((a, b) -> b - a).forEach(i -> expected.remove((int) i));
        assertThat(listed).containsExactlyElementsOf(expected);
        assertThat(damaged).extracting(DamagedRecord::id)
                .containsExactly(broken.stream().map(i -> all.get(i).id()).toArray(UUID[]::new));
    }

    @Test
    void readingTheDamagedRecordItselfNamesIt() {
        Sighting broken = created(1).get(0);
        damage(broken.id(), "not JSON");

        assertThatThrownBy(() -> repository.find(broken.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo(broken.id().toString());
                    assertThat(e.problems().get(0).code()).isEqualTo("damaged-record");
                });
    }

    @Test
    void theDamagedRecordsOfTheWholeHistoryAreFoundForTheDoctor() {
        List<Sighting> all = created(2);
        Sighting edited = service.update(all.get(0).toBuilder().operator("Mairie").build());
        damage(edited.id(), "{");

        StorageHealth.RecordScan scan = new SqliteStorageHealth(db).scanRecords();
        assertThat(scan.checked()).isEqualTo(3);
        assertThat(scan.damaged()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(edited.id());
            assertThat(d.revision()).isEqualTo(2);
        });
    }
}
