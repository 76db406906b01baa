package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.core.sighting.StreetAssignment;
import org.contrechamp.core.sighting.StreetFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sightings get the street of their position, unless the volunteer typed one. */
class StreetAssignmentTest {

    @TempDir
    Path dir;
    Database db;
    boolean areaLoaded = true;
    /** North of latitude 48.85 is "Rue du Nord", south is "Rue du Sud"; nothing when no area. */
    StreetFinder streets = (lat, lon) -> !areaLoaded ? Optional.empty()
            : Optional.of(StreetAssignment.nearest(lat >= 48.85 ? "Rue du Nord" : "Rue du Sud", 3.0));
    SightingService service;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        service = new SightingService(new SqliteSightingRepository(db), Clock.systemUTC(), streets);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewSightingGetsTheStreetOfItsPosition() {
        Sighting s = service.create(Sighting.newAt(Position.manual(48.86, 2.35)).build());
        assertThat(s.street()).isEqualTo(StreetAssignment.nearest("Rue du Nord", 3.0));
    }

    @Test
    void movingASightingMovesItsStreetButNeverAManualOne() {
        Sighting s = service.create(Sighting.newAt(Position.manual(48.86, 2.35)).build());
        Sighting moved = service.update(s.toBuilder().position(s.position().withCoordinates(48.84, 2.35,
                PositionSource.MANUAL)).build());
        assertThat(moved.street().name()).isEqualTo("Rue du Sud");
        Sighting typed = service.update(moved.toBuilder().street(StreetAssignment.manual("Place du Marché")).build());
        Sighting movedAgain = service.update(typed.toBuilder().position(typed.position().withCoordinates(48.86, 2.35,
                PositionSource.MANUAL)).build());
        assertThat(movedAgain.street()).isEqualTo(StreetAssignment.manual("Place du Marché"));
    }

    @Test
    void anEditThatDoesNotMoveKeepsTheStreet() {
        Sighting s = service.create(Sighting.newAt(Position.manual(48.86, 2.35)).build());
        Sighting edited = service.update(s.toBuilder().operator("Mairie").build());
        assertThat(edited.street()).isEqualTo(s.street());
        assertThat(service.history(s.id()).get(1).change().fields()).doesNotContain(
                org.contrechamp.core.sighting.SightingField.STREET);
    }

    @Test
    void streetsCanBeFilledInOnceAnAreaIsLoaded() {
        areaLoaded = false;
        Sighting before = service.create(Sighting.newAt(Position.manual(48.86, 2.35)).build());
        Sighting manual = service.create(Sighting.newAt(Position.manual(48.84, 2.35))
                .street(StreetAssignment.manual("Impasse")).build());
        assertThat(before.street()).isNull();
        areaLoaded = true;
        assertThat(service.assignMissingStreets(Progress.NONE, Cancellation.NEVER)).isEqualTo(1);
        assertThat(service.find(before.id()).orElseThrow().street().name()).isEqualTo("Rue du Nord");
        assertThat(service.find(manual.id()).orElseThrow().street().name()).isEqualTo("Impasse");
        assertThat(service.assignMissingStreets(Progress.NONE, Cancellation.NEVER)).isZero();
    }
}
