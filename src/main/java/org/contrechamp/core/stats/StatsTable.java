package org.contrechamp.core.stats;

import java.util.List;

/**
 * One plot's numbers as people read them: its title, its column names and its rows, labelled in the
 * user's language. The window draws its chart from it and saves it as CSV, so that the picture and
 * the file always hold the same numbers.
 *
 * @param id          names the plot in file names and in the window ({@code kind}, {@code time}...)
 * @param labelColumn the name of the first column ("Kind", "Week of", "Volunteer")
 * @param valueColumn the name of the second, which holds the value as stored (the OSM value, the
 *                    date, the key), for whoever works on the file
 * @param countColumn the name of the counts' column
 */
public record StatsTable(String id, String title, String labelColumn, String valueColumn, String countColumn,
        List<Row> rows) {

    public StatsTable {
        rows = List.copyOf(rows);
    }

    /** One line: the label shown on the plot, the value as stored, how many cameras. */
    public record Row(String label, String value, int count) {
    }

    public int total() {
        return rows.stream().mapToInt(Row::count).sum();
    }
}
