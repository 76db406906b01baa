package org.contrechamp.core.merge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.OperatorType;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.StreetAssignment;

/** Sightings and photo hashes for the merge tests. */
final class Sightings {

    static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    private Sightings() {
    }

    /** A camera on a pole as both sides held it before they grew apart. */
    static Sighting base() {
        return new Sighting.Builder(ID, new Position(48.8566, 2.3522, PositionSource.EXIF, 5.0)).revision(3)
                .cameraType(CameraType.DOME).mount(CameraMount.POLE).directions(List.of(Direction.bearing(90)))
                .operator("Ville de Paris").operatorType(OperatorType.GOVERNMENT).surveyDate(LocalDate.of(2026, 3, 1))
                .photos(List.of(photo('a'), photo('b'))).street(StreetAssignment.nearest("Rue de Rivoli", 8.0))
                .extraTag("name", "Caméra du pont").extraTag("camera:mount", "roof")
                .createdAt(Instant.parse("2026-03-01T10:00:00Z")).updatedAt(Instant.parse("2026-03-02T10:00:00Z"))
                .build();
    }

    /** A photo hash made of one repeated hex digit. */
    static String photo(char digit) {
        return String.valueOf(digit).repeat(64);
    }
}
