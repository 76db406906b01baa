package org.contrechamp.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contrechamp.core.export.ExportTestData.camera;
import static org.contrechamp.core.export.ExportTestData.export;
import static org.contrechamp.core.export.ExportTestData.exporter;
import static org.contrechamp.core.export.ExportTestData.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.ReadOnlyFolder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which sightings an export takes, and bad input: a clear problem, and nothing written. */
class SightingExporterTest {

    @TempDir
    Path dir;

    private final List<Sighting> sightings = List.of(
            camera(48.85, 2.35, "Rue de l’Église"),
            camera(48.86, 2.36, "Boulevard Voltaire").toBuilder().id(java.util.UUID.randomUUID())
                    .surveyDate(LocalDate.of(2026, 10, 1)).build(),
            camera(48.87, 2.37, "Rue de l’Église").toBuilder().id(java.util.UUID.randomUUID()).draft(true).build());

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Problem problemOf(Throwable e) {
        assertThat(e).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) e).problems().get(0);
    }

    @Nested
    class WhichSightings {
        @Test
        void reviewedOnlyByDefaultDraftsWhenAsked() {
            Path out = dir.resolve("a.geojson");
            ExportReport reviewed = export(exporter(sightings), request(SightingFormat.GEOJSON, out));
            assertThat(reviewed.written()).isEqualTo(2);
            assertThat(reviewed.draftsLeft()).isEqualTo(1);
            assertThat(export(exporter(sightings), request(SightingFormat.GEOJSON, out).withDrafts(true)).written())
                    .isEqualTo(3);
        }

        @Test
        void sinceKeepsSightingsDatedThatDayOrLater() {
            Path out = dir.resolve("a.csv");
            ExportReport report = export(exporter(sightings), request(SightingFormat.CSV, out)
                    .withSince(LocalDate.of(2026, 11, 20)).withDrafts(true));
            assertThat(report.written()).isEqualTo(2);
        }

        @Test
        void aZoneIsAStreetNameWithAccentsAndCaseIgnored() {
            Path out = dir.resolve("a.kml");
            ExportReport report = export(exporter(sightings), request(SightingFormat.KML, out)
                    .withZone("rue de l'eglise").withDrafts(true));
            assertThat(report.written()).isEqualTo(2);
        }
    }

    @Nested
    class BadInput {
        @Test
        void aFolderThatDoesNotExistIsNamedAndNothingIsWritten() throws IOException {
            Path out = dir.resolve("missing").resolve("a.geojson");

            Throwable e = org.assertj.core.api.Assertions.catchThrowable(() ->
                    export(exporter(sightings), request(SightingFormat.GEOJSON, out)));

            Problem p = problemOf(e);
            assertThat(p.code()).isEqualTo("export-folder-missing");
            assertThat(p.field()).isEqualTo(out.toString());
            assertThat(p.args()).containsExactly(dir.resolve("missing").toString());
            assertThat(filesIn(dir)).isEmpty();
        }

        @Test
        void aReadOnlyFolderIsNamedAndNothingIsWritten() throws IOException {
            try (ReadOnlyFolder folder = ReadOnlyFolder.make(dir.resolve("ro"))) {
                Path out = folder.path().resolve("a.osm");

                Throwable e = org.assertj.core.api.Assertions.catchThrowable(() ->
                        export(exporter(sightings), request(SightingFormat.OSM, out)));

                assertThat(problemOf(e).code()).isEqualTo("export-folder-read-only");
                assertThat(problemOf(e).args()).containsExactly(folder.path().toString());
                assertThat(filesIn(folder.path())).isEmpty();
            }
        }

        @Test
        void aZoneThatNamesNothingIsRefusedAndNothingIsWrittenNorReplaced() throws IOException {
            Path out = dir.resolve("a.geojson");
            Files.writeString(out, "the previous export");

            Throwable e = org.assertj.core.api.Assertions.catchThrowable(() ->
                    export(exporter(sightings), request(SightingFormat.GEOJSON, out).withZone("Rue Imaginaire")));

            assertThat(problemOf(e).code()).isEqualTo("export-zone-unknown");
            assertThat(problemOf(e).args()).containsExactly("Rue Imaginaire");
            assertThat(filesIn(dir)).containsExactly("a.geojson");
            assertThat(Files.readString(out)).isEqualTo("the previous export");
        }

        @Test
        void aZoneThatNamesNothingIsRefusedBeforeAnyPhotoIsCopied() throws IOException {
            AtomicInteger asked = new AtomicInteger();
            SightingExporter exporter = new SightingExporter(ExportTestData.source(sightings), s -> java.util.Optional.empty(),
                    (originals, progress, cancel) -> {
                        asked.incrementAndGet();
                        return new SharedCopies.Result(java.util.Map.of(), List.of());
                    }, Zones.BY_STREET);

            assertThatThrownBy(() -> export(exporter, request(SightingFormat.CSV, dir.resolve("a.csv"))
                    .withZone("nowhere").withPhotos(dir.resolve("photos")))).isInstanceOf(InvalidInputException.class);
            assertThat(asked).hasValue(0);
            assertThat(filesIn(dir)).isEmpty();
        }

        @Test
        void aFolderGivenAsTheFileIsRefused() {
            Throwable e = org.assertj.core.api.Assertions.catchThrowable(() ->
                    export(exporter(sightings), request(SightingFormat.CSV, dir)));
            assertThat(problemOf(e).code()).isEqualTo("export-target-is-folder");
        }
    }

    @Test
    void aCancelledExportLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path out = dir.resolve("a.geojson");
        Files.writeString(out, "the previous export");
        List<Sighting> many = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add(camera(48.85, 2.35, null).toBuilder().id(java.util.UUID.randomUUID()).build());
        }
        AtomicInteger seen = new AtomicInteger();
        SightingExporter exporter = exporter(many);

        assertThatThrownBy(() -> exporter.export(request(SightingFormat.GEOJSON, out), Progress.NONE,
                () -> seen.incrementAndGet() > 1000)).isInstanceOf(CancellationException.class);

        assertThat(filesIn(dir)).containsExactly("a.geojson");
        assertThat(Files.readString(out)).isEqualTo("the previous export");
    }

    @Test
    void photosAreTheSharedCopiesNamedInTheFile() throws IOException {
        Path store = Files.createDirectories(dir.resolve("store"));
        String original = "a".repeat(64);
        String copy = "b".repeat(64);
        Files.write(store.resolve(copy), new byte[] {1, 2, 3});
        Sighting s = camera(48.85, 2.35, null).toBuilder().photos(List.of(original)).build();
        List<java.util.Collection<String>> asked = new ArrayList<>();
        SightingExporter exporter = new SightingExporter(ExportTestData.source(List.of(s)), x -> java.util.Optional.empty(),
                (originals, progress, cancel) -> {
                    asked.add(List.copyOf(originals));
                    return new SharedCopies.Result(java.util.Map.of(original, store.resolve(copy)), List.of());
                }, Zones.BY_STREET);
        Path out = Files.createDirectories(dir.resolve("out")).resolve("a.csv");

        ExportReport report = export(exporter, request(SightingFormat.CSV, out).withPhotos(dir.resolve("out/photos")));

        assertThat(asked).containsExactly(List.of(original));
        assertThat(filesIn(dir.resolve("out/photos"))).containsExactly(copy + ".jpg");
        assertThat(report.photosCopied()).isEqualTo(1);
        assertThat(Files.readString(out)).contains(copy + ".jpg").doesNotContain(original);
    }
}
