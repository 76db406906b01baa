package org.contrechamp.core.inventory.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.inventory.InventoryBuilder;
import org.contrechamp.core.inventory.InventoryZoning;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.StreetAssignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryPdfWriterTest {

    @TempDir
    Path dir;

    private static InventoryPages pages(String street, ReportSection... sections) {
        InventoryBuilder builder = new InventoryBuilder(Locale.ENGLISH, new InventoryZoning(List.of(), true, Map.of(),
                (lat, lon) -> OptionalLong.empty(), "Bourg", null), s -> s.street().name(), s -> 1, LocalDate.of(2026, 5, 1));
        for (int i = 0; i < 40; i++) {
            builder.add(Sighting.newAt(Position.manual(48.85, 2.30 + i * 0.0001)).street(StreetAssignment.manual(street))
                    .operator("Łódź Œuvre Straße").build());
        }
        return new InventoryPages(builder.build(), new ReportOptions("Campagne", Paper.A4, Locale.ENGLISH, 60,
                List.of(sections)), Messages.forLocale(Locale.ENGLISH), null, null, Thumbnails.NONE);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void everyLatinLetterIsEmbeddedAndReadBack() throws IOException {
        Path pdf = dir.resolve("latin.pdf");
        new InventoryPdfWriter().write(pages("Ulica Świętokrzyska ß œ ł ő ş"), "Campagne", pdf, Progress.NONE,
                Cancellation.NEVER);
        assertThat(text(pdf)).contains("Ulica Świętokrzyska ß œ ł ő ş (40 cameras)").contains("Łódź Œuvre Straße");
    }

    @Test
    void aCancelledReportLeavesNeitherTheTargetNorATemporaryFile() throws IOException {
        Path pdf = dir.resolve("cancelled.pdf");
        AtomicInteger pagesDone = new AtomicInteger();
        Progress progress = (done, total, current) -> pagesDone.set((int) done);
        assertThatThrownBy(() -> new InventoryPdfWriter().write(pages("Rue A"), "Campagne", pdf, progress,
                () -> pagesDone.get() >= 2)).isInstanceOf(CancellationException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFolderThatDoesNotExistIsSaidNamingTheFile() {
        Path pdf = dir.resolve("nowhere/report.pdf");
        assertThatThrownBy(() -> new InventoryPdfWriter().write(pages("Rue A"), "Campagne", pdf, Progress.NONE,
                Cancellation.NEVER)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo(pdf.toString()));
    }

    @Test
    void anAddedSectionComesAfterTheStreetsWithItsTableContinuing() throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(List.of("Site " + i, i % 2 == 0 ? "seen" : "not found"));
        }
        ReportSection declared = new ReportSection() {
            @Override
            public String title() {
                return "Declared and seen";
            }

            @Override
            public List<String> columns() {
                return List.of("Declared site", "Status");
            }

            @Override
            public List<List<String>> rows() {
                return rows;
            }
        };
        InventoryPages pages = pages("Rue A", declared);
        Path pdf = dir.resolve("sections.pdf");
        new InventoryPdfWriter().write(pages, "Campagne", pdf, Progress.NONE, Cancellation.NEVER);
        String text = text(pdf);
        assertThat(text.indexOf("Declared and seen")).isGreaterThan(text.indexOf("Rue A (40 cameras)"));
        assertThat(text).contains("Site 119 not found").contains("Declared and seen, continued");
    }
}
