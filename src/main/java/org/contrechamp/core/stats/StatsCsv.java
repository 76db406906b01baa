package org.contrechamp.core.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.contrechamp.core.common.AtomicFiles;
import org.contrechamp.core.export.CsvCells;

/** One plot's numbers as a CSV file (RFC 4180, UTF-8, a header line), written whole or not at all. */
public final class StatsCsv {

    private StatsCsv() {
    }

    public static String text(StatsTable table) {
        StringBuilder out = new StringBuilder();
        line(out, table.labelColumn(), table.valueColumn(), table.countColumn());
        for (StatsTable.Row row : table.rows()) {
            line(out, row.label(), row.value(), Integer.toString(row.count()));
        }
        return out.toString();
    }

    /** Through a temporary file moved over {@code target}: a failure leaves any earlier file as it was. */
    public static void write(StatsTable table, Path target) throws IOException {
        AtomicFiles.write(target, text(table).getBytes(StandardCharsets.UTF_8), false);
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(CsvCells.quote(cells[i]));
        }
        out.append("\r\n");
    }
}
