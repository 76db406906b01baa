package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.sighting.StreetAssignment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SightingSearchTest {

    @TempDir
    Path dir;
    Database db;
    SightingService service;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        service = new SightingService(new SqliteSightingRepository(db), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private UUID add(Sighting.Builder b) {
        return service.create(b.build()).id();
    }

    @Test
    void wordsAreFoundInStreetOperatorAndNotesIgnoringCaseAndAccents() {
        UUID prefecture = add(Sighting.newAt(Position.manual(48.85, 2.35)).operator("Préfecture de Police"));
        UUID street = add(Sighting.newAt(Position.manual(48.85, 2.35)).street(StreetAssignment.nearest("Rue de Rivoli", 5)));
        UUID note = add(Sighting.newAt(Position.manual(48.85, 2.35)).note("Caméra dôme au-dessus de l’entrée"));
        UUID maker = add(Sighting.newAt(Position.manual(48.85, 2.35)).manufacturer("Hikvision"));
        assertThat(service.idsMatchingText("prefecture")).containsExactly(prefecture);
        assertThat(service.idsMatchingText("POLICE préf")).containsExactly(prefecture);
        assertThat(service.idsMatchingText("rivoli")).containsExactly(street);
        assertThat(service.idsMatchingText("camera dome")).containsExactly(note);
        assertThat(service.idsMatchingText("hikv")).containsExactly(maker);
        assertThat(service.idsMatchingText("de")).containsExactlyInAnyOrder(prefecture, street, note);
        assertThat(service.idsMatchingText("nowhere")).isEmpty();
    }

    @Test
    void editsAndDeletionsKeepTheIndexInStep() {
        Sighting s = service.create(Sighting.newAt(Position.manual(1, 1)).operator("Mairie").build());
        service.update(s.toBuilder().operator("Région").build());
        assertThat(service.idsMatchingText("mairie")).isEmpty();
        assertThat(service.idsMatchingText("region")).containsExactly(s.id());
        service.delete(s.id());
        assertThat(service.idsMatchingText("region")).isEmpty();
        service.restore(s.id());
        assertThat(service.idsMatchingText("region")).containsExactly(s.id());
    }

    @Test
    void searchSyntaxTypedByAUserIsJustText() {
        UUID id = add(Sighting.newAt(Position.manual(1, 1)).note("NEAR the AND \"gate\": OR *"));
        assertThat(service.idsMatchingText("NEAR AND")).containsExactly(id);
        assertThat(service.idsMatchingText("\"gate\":")).containsExactly(id);
        assertThat(service.idsMatchingText("*")).isEmpty();
        assertThat(service.idsMatchingText("   ")).isEmpty();
        assertThat(service.idsMatchingText("col:umn")).isEmpty();
    }

    @Test
    void sightingsStoredBeforeTheIndexExistedAreFound() throws Exception {
        Path old = dir.resolve("old");
        java.nio.file.Files.createDirectories(old);
        StorageTestSupport.databaseAtVersion(old, 1);
        Sighting s = Sighting.newAt(Position.manual(1, 1)).revision(1).operator("Préfecture")
                .updatedAt(java.time.Instant.EPOCH).build();
        String doc = org.contrechamp.core.sighting.SightingJson.toJson(s).replace("'", "''");
        StorageTestSupport.execute(old, "INSERT INTO sighting_history (sighting_id, revision, base_revision, kind, at, "
                + "fields, origin, deleted, doc) VALUES ('" + s.id() + "', 1, 0, 'create', '1970-01-01T00:00:00Z', '[]', "
                + "'local', 0, '" + doc + "'); INSERT INTO sighting (id, revision, lat, lon, status, updated_at, head_seq) "
                + "VALUES ('" + s.id() + "', 1, 1, 1, 'active', '1970-01-01T00:00:00Z', last_insert_rowid())");
        try (Database migrated = Database.open(old)) {
            SightingService oldService = new SightingService(new SqliteSightingRepository(migrated), Clock.systemUTC());
            assertThat(oldService.idsMatchingText("prefecture")).containsExactly(s.id());
        }
    }
}
