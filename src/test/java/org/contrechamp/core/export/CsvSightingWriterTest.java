package org.contrechamp.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;
import org.junit.jupiter.api.Test;

class CsvSightingWriterTest {

    @Test
    void cellStartingWithTabOrCarriageReturnThenFormulaIsDefused() {
        Map<String, String> row = exportRow(Sighting.newAt(Position.manual(1, 2))
                .operator("\t=HYPERLINK(\"http://x\")").note("\r=1+1").build());

        assertThat(cell(row, SightingTags.OPERATOR)).isEqualTo("'\t=HYPERLINK(\"http://x\")");
        assertThat(cell(row, SightingTags.NOTE)).isEqualTo("'\r=1+1");
    }

    @Test
    void cellStartingWithTabOrCarriageReturnAloneIsDefusedToo() {
        // A spreadsheet trims the leading blank and reads what follows: a formula one edit away.
        Map<String, String> row = exportRow(Sighting.newAt(Position.manual(1, 2)).fixme("\tplain").build());

        assertThat(cell(row, SightingTags.FIXME)).isEqualTo("'\tplain");
    }

    @Test
    void textThatReadsNullIsKept() {
        Map<String, String> row = exportRow(Sighting.newAt(Position.manual(1, 2)).operator("null").model("NULL").build());

        assertThat(cell(row, SightingTags.OPERATOR)).isEqualTo("null");
        assertThat(cell(row, SightingTags.MODEL)).isEqualTo("NULL");
        assertThat(cell(row, "created_at")).as("a time not known is an empty cell").isEmpty();
    }

    @Test
    void negativeNumberStaysANumber() {
        Map<String, String> row = exportRow(Sighting.newAt(Position.manual(-1.5, -2)).model("-12.5").build());

        assertThat(cell(row, SightingTags.MODEL)).isEqualTo("-12.5");
        assertThat(cell(row, "lat")).isEqualTo("-1.5");
    }

    static String export(List<Sighting> sightings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SightingWriter writer = SightingWriter.open(SightingFormat.CSV, bytes)) {
            sightings.forEach(writer::write);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The one data row, cell by column name. */
    private static Map<String, String> exportRow(Sighting sighting) {
        List<List<String>> records = Rfc4180Reader.read(export(List.of(sighting)));
        assertThat(records).hasSize(2);
        assertThat(records.get(1)).hasSameSizeAs(records.get(0));
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < records.get(0).size(); i++) {
            row.put(records.get(0).get(i), records.get(1).get(i));
        }
        return row;
    }

    private static String cell(Map<String, String> row, String column) {
        assertThat(row).as("column " + column).containsKey(column);
        return row.get(column);
    }
}
