package org.contrechamp.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contrechamp.core.export.ExportTestData.camera;
import static org.contrechamp.core.export.ExportTestData.export;
import static org.contrechamp.core.export.ExportTestData.exporter;
import static org.contrechamp.core.export.ExportTestData.request;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export read back by a standard reader (Apache Commons CSV), in both variants. */
class CsvExportTest {

    @TempDir
    Path dir;

    private static List<CSVRecord> read(Reader in, char separator) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader()
                .setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }

    private static Sighting tricky() {
        return camera(48.85, -2.35, "Rue de l’Église; côté pair").toBuilder().operator("=HYPERLINK(\"http://x\")")
                .model("null").manufacturer("@SUM(A1)").fixme("+33 1 23").note("deux lignes,\n\"citées\"").build();
    }

    @Test
    void commaVariantIsRfc4180WithAHeaderAndReadsBackCellForCell() throws Exception {
        Path out = dir.resolve("cameras.csv");
        export(exporter(List.of(tricky())), request(SightingFormat.CSV, out));

        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0]).as("no byte-order mark in the RFC 4180 variant").isEqualTo((byte) 'i');
        List<CSVRecord> rows = read(new StringReader(new String(bytes, StandardCharsets.UTF_8)), ',');
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("street")).isEqualTo("Rue de l’Église; côté pair");
        assertThat(row.get("operator")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row.get("manufacturer")).isEqualTo("'@SUM(A1)");
        assertThat(row.get("fixme")).isEqualTo("'+33 1 23");
        assertThat(row.get("model")).as("a text that reads null stays that text").isEqualTo("null");
        assertThat(row.get("note")).isEqualTo("deux lignes,\n\"citées\"");
        assertThat(row.get("lon")).isEqualTo("-2.35");
        assertThat(row.get("photos")).as("no photo names unless photos are exported").isEmpty();
    }

    @Test
    void semicolonVariantForFrenchSpreadsheetsStartsWithAByteOrderMark() throws Exception {
        Path out = dir.resolve("cameras.csv");
        export(exporter(List.of(tricky())), request(SightingFormat.CSV, out).withCsvSeparator(';'));

        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeffid;revision;lat;lon;");
        List<CSVRecord> rows = read(new StringReader(text.substring(1)), ';');
        CSVRecord row = rows.get(0);
        assertThat(row.get("street")).isEqualTo("Rue de l’Église; côté pair");
        assertThat(row.get("lat")).isEqualTo("48.85");
        assertThat(row.get("operator")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row.get("model")).isEqualTo("null");
    }
}
