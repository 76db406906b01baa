package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.sighting.StaleRevisionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository and the service over a real SQLite file. */
class SqliteSightingRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    SqliteSightingRepository repository;
    SightingService service;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        repository = new SqliteSightingRepository(db);
        service = new SightingService(repository, Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Sighting created() {
        return service.create(Sighting.newAt(Position.manual(48.85, 2.35)).build());
    }

    @Nested
    class History {
        @Test
        void everyChangeAppendsOneEntryWithItsRevisionBaseAndFields() {
            Sighting s = created();
            Sighting edited = service.update(s.toBuilder().cameraType(CameraType.DOME).build());
            service.delete(s.id());
            service.restore(s.id());
            List<HistoryEntry> history = repository.history(s.id());
            assertThat(history).extracting(h -> h.change().kind()).containsExactly(ChangeKind.CREATE,
                    ChangeKind.UPDATE, ChangeKind.DELETE, ChangeKind.RESTORE);
            assertThat(history).extracting(h -> h.change().revision()).containsExactly(1L, 2L, 3L, 4L);
            assertThat(history).extracting(h -> h.change().baseRevision()).containsExactly(0L, 1L, 2L, 3L);
            assertThat(history.get(1).change().fields()).containsExactly(SightingField.CAMERA_TYPE);
            assertThat(history.get(1).after()).isEqualTo(edited);
            assertThat(history).extracting(HistoryEntry::deleted).containsExactly(false, false, true, false);
            assertThat(history).extracting(HistoryEntry::sequence).isSorted().doesNotHaveDuplicates();
        }

        @Test
        void anEditThatChangesNothingSpendsNoRevision() {
            Sighting s = created();
            assertThat(service.update(s)).isEqualTo(s);
            assertThat(repository.history(s.id())).hasSize(1);
        }

        @Test
        void theBaseOfAnEditCanBeLookedUp() {
            Sighting s = created();
            service.update(s.toBuilder().operator("Ville").build());
            assertThat(repository.atRevision(s.id(), 1)).get().extracting(HistoryEntry::after).isEqualTo(s);
            assertThat(repository.atRevision(s.id(), 9)).isEmpty();
        }

        @Test
        void changesAfterASequenceAreWhatABundleMustCarry() {
            Sighting a = created();
            long mark = repository.lastSequence();
            Sighting b = created();
            service.update(a.toBuilder().operator("Ville").build());
            service.delete(b.id());
            assertThat(repository.changesAfter(mark)).extracting(h -> h.change().sightingId() + ":" + h.change().kind())
                    .containsExactly(b.id() + ":CREATE", a.id() + ":UPDATE", b.id() + ":DELETE");
            assertThat(repository.changesAfter(repository.lastSequence())).isEmpty();
        }
    }

    @Nested
    class Concurrency {
        @Test
        void aStaleEditIsRefusedAndLeavesNoHistory() {
            Sighting s = created();
            service.update(s.toBuilder().operator("first").build());
            assertThatThrownBy(() -> service.update(s.toBuilder().operator("second").build()))
                    .isInstanceOf(StaleRevisionException.class);
            Sighting forged = s.toBuilder().revision(3).operator("forged").build();
            assertThatThrownBy(() -> repository.store(forged, false, new Change(s.id(), 3, 1, ChangeKind.UPDATE,
                    Instant.now(), Set.of(SightingField.OPERATOR), Change.LOCAL)))
                    .isInstanceOf(StaleRevisionException.class);
            assertThat(repository.history(s.id())).hasSize(2);
            assertThat(service.find(s.id())).get().extracting(Sighting::operator).isEqualTo("first");
        }

        @Test
        void theSameIdCannotBeCreatedTwice() {
            Sighting s = created();
            assertThatThrownBy(() -> service.create(s.toBuilder().revision(0).build()))
                    .isInstanceOf(StaleRevisionException.class);
            assertThat(repository.history(s.id())).hasSize(1);
        }
    }

    @Nested
    class Tombstones {
        @Test
        void aDeletedSightingLeavesListsButNotHistory() {
            Sighting s = created();
            service.delete(s.id());
            assertThat(service.find(s.id())).isEmpty();
            assertThat(service.listLive()).isEmpty();
            assertThat(service.countLive()).isZero();
            assertThat(service.inBox(BoundingBox.around(48.85, 2.35, 100))).isEmpty();
            assertThat(repository.latest(s.id())).get().extracting(HistoryEntry::deleted).isEqualTo(true);
            assertThat(service.restore(s.id())).extracting(Sighting::revision).isEqualTo(3L);
            assertThat(service.listLive()).hasSize(1);
        }
    }

    @Test
    void aRecordIsFoundWhereItIsAfterEditsThatMoveItFarOrByACentimetreOrNotAtAll() {
        Sighting s = created();
        Sighting moved = service.update(s.toBuilder().position(Position.manual(48.86, 2.36)).build());
        assertThat(service.inBox(BoundingBox.around(48.85, 2.35, 50))).isEmpty();
        assertThat(service.inBox(BoundingBox.around(48.86, 2.36, 50))).extracting(Sighting::id).containsExactly(s.id());

        Sighting same = service.update(moved.toBuilder().note("two lenses").build()); // its box is left alone
        assertThat(service.inBox(BoundingBox.around(48.86, 2.36, 1))).extracting(Sighting::id).containsExactly(s.id());

        // A centimetre: within the R*Tree's 32-bit bounds or not, an exact box around it still finds it.
        double lat = 48.86 + 0.0000001;
        double lon = 2.36 + 0.0000001;
        service.update(same.toBuilder().position(Position.manual(lat, lon)).build());
        assertThat(service.inBox(new BoundingBox(lon, lat, lon, lat))).extracting(Sighting::id).containsExactly(s.id());
        double back = 48.86 - 0.01;
        service.update(service.find(s.id()).orElseThrow().toBuilder().position(Position.manual(back, 2.36)).build());
        assertThat(service.inBox(new BoundingBox(2.36, back, 2.36, back))).extracting(Sighting::id).containsExactly(s.id());
        assertThat(service.inBox(BoundingBox.around(lat, lon, 5))).isEmpty();
    }

    @Test
    void boxQueriesAgreeWithABruteForceScan() {
        Random random = new Random(42);
        List<Sighting> all = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Sighting s = Sighting.newAt(Position.manual(48.80 + random.nextDouble() * 0.1, 2.28 + random.nextDouble() * 0.1))
                    .revision(1).updatedAt(Instant.EPOCH).build();
            all.add(s);
            changes.add(new Change(s.id(), 1, 0, ChangeKind.CREATE, Instant.EPOCH, EnumSet.allOf(SightingField.class),
                    Change.LOCAL));
        }
        repository.storeAll(all, changes);
        for (int q = 0; q < 50; q++) {
            double lat = 48.80 + random.nextDouble() * 0.09;
            double lon = 2.28 + random.nextDouble() * 0.09;
            BoundingBox box = new BoundingBox(lon, lat, lon + random.nextDouble() * 0.02, lat + random.nextDouble() * 0.02);
            Set<Object> expected = all.stream()
                    .filter(s -> box.contains(s.position().latitude(), s.position().longitude()))
                    .map(Sighting::id).collect(Collectors.toSet());
            assertThat(repository.inBox(box).stream().map(Sighting::id).collect(Collectors.toSet()))
                    .isEqualTo(expected);
        }
        // Exactly on the edge: R*Tree boxes are rounded outward, the exact filter keeps only what is inside.
        Sighting first = all.get(0);
        double lat = first.position().latitude();
        double lon = first.position().longitude();
        assertThat(repository.inBox(new BoundingBox(lon, lat, lon, lat))).extracting(Sighting::id).contains(first.id());
        assertThat(repository.inBox(new BoundingBox(Math.nextUp(lon), lat, lon + 1e-9, lat))).extracting(Sighting::id)
                .doesNotContain(first.id());
    }

    @Test
    void bulkStoringNumbersAfterEverythingStoredBeforeAndMixesWithSingleEdits() {
        Sighting single = created();
        long before = repository.lastSequence();
        List<Sighting> batch = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Sighting s = Sighting.newAt(Position.manual(48 + i / 100.0, 2)).revision(1).updatedAt(Instant.EPOCH).build();
            batch.add(s);
            changes.add(new Change(s.id(), 1, 0, ChangeKind.CREATE, Instant.EPOCH, EnumSet.allOf(SightingField.class),
                    Change.LOCAL));
        }
        repository.storeAll(batch, changes);
        assertThat(repository.changesAfter(before)).extracting(HistoryEntry::sequence)
                .containsExactly(before + 1, before + 2, before + 3);
        service.update(single.toBuilder().note("after the batch").build());
        assertThat(repository.lastSequence()).isEqualTo(before + 4);
        assertThat(repository.inBox(new BoundingBox(1.9, 47.9, 2.1, 48.1))).extracting(Sighting::id)
                .containsExactlyInAnyOrder(batch.get(0).id(), batch.get(1).id(), batch.get(2).id());
        assertThat(repository.listLive()).extracting(Sighting::id).containsExactly(single.id(), batch.get(0).id(),
                batch.get(1).id(), batch.get(2).id());
    }

    @Test
    void storeAllIsAllOrNothing() {
        Sighting good = Sighting.newAt(Position.manual(48, 2)).revision(1).updatedAt(Instant.EPOCH).build();
        Sighting clash = good.toBuilder().build();
        Change change = new Change(good.id(), 1, 0, ChangeKind.CREATE, Instant.EPOCH, Set.of(), Change.LOCAL);
        assertThatThrownBy(() -> repository.storeAll(List.of(good, clash), List.of(change, change)))
                .isInstanceOf(RuntimeException.class);
        assertThat(repository.countLive()).isZero();
        assertThat(repository.lastSequence()).isZero();
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        Sighting s = created();
        db.close();
        db = Database.open(dir);
        repository = new SqliteSightingRepository(db);
        assertThat(repository.find(s.id())).contains(s);
    }
}
