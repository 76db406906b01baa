package org.contrechamp.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.StreetAssignment;

/** Sightings and an exporter over them, as the export tests need them. */
final class ExportTestData {

    static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    static final SightingTexts TEXTS = new SightingTexts(ENGLISH);

    private ExportTestData() {
    }

    /** A reviewed camera on a street, looking east. */
    static Sighting camera(double lat, double lon, String street) {
        return Sighting.newAt(Position.manual(lat, lon)).kind(Kind.CAMERA).cameraType(CameraType.DOME)
                .directions(List.of(new Direction.Bearing(90))).operator("Ville de Paris")
                .street(street == null ? null : StreetAssignment.manual(street))
                .surveyDate(LocalDate.of(2026, 11, 20)).createdAt(Instant.parse("2026-11-20T10:00:00Z"))
                .revision(1).build();
    }

    static SightingSource source(List<Sighting> sightings) {
        return new SightingSource() {
            @Override
            public void forEachLive(java.util.function.Consumer<Sighting> each,
                    java.util.function.Consumer<org.contrechamp.core.sighting.DamagedRecord> damaged) {
                sightings.forEach(each);
            }

            @Override
            public long count() {
                return sightings.size();
            }
        };
    }

    static SightingExporter exporter(List<Sighting> sightings) {
        return exporter(sightings, s -> Optional.empty());
    }

    static SightingExporter exporter(List<Sighting> sightings, Function<Sighting, Optional<OsmCamera>> linked) {
        return new SightingExporter(source(sightings), linked, SharedCopies.NONE, Zones.BY_STREET);
    }

    static ExportReport export(SightingExporter exporter, ExportRequest request) {
        return exporter.export(request, Progress.NONE, Cancellation.NEVER);
    }

    static ExportRequest request(SightingFormat format, Path out) {
        return ExportRequest.of(format, out, TEXTS);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    static UUID id(Sighting s) {
        return s.id();
    }
}
