package org.contrechamp.ui.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.stats.StatsTable;

/**
 * One JavaFX chart per plot, drawn to be read at a glance and saved as a picture: a pie for the few
 * kinds, columns for types and mounts, bars lying down for names (operators, zones, streets, people:
 * their labels are long), an area over time. No animation: a picture saved at once is complete.
 */
final class StatsCharts {

    /** A chart shows this many values, the most frequent; the rest are one bar "N others" (the CSV has all). */
    static final int MOST = 12;
    /** Names longer than this are cut on the chart (with "…"), never in the CSV. */
    static final int LABEL_CHARS = 30;
    /** The time axis names at most this many periods; the others are ticks. */
    private static final int TIME_LABELS = 8;

    private final Messages messages;

    StatsCharts(Messages messages) {
        this.messages = messages;
    }

    Chart chart(StatsTable table) {
        Chart chart = switch (table.id()) {
            case "kind" -> pie(table);
            case "type", "mount" -> columns(table);
            case "time" -> overTime(table);
            default -> bars(table);
        };
        chart.setTitle(table.title());
        chart.setAnimated(false);
        chart.setId("chart-" + table.id());
        chart.getStyleClass().add("stats-chart");
        return chart;
    }

    private Chart pie(StatsTable table) {
        List<PieChart.Data> slices = new ArrayList<>();
        for (StatsTable.Row row : shown(table)) {
            slices.add(new PieChart.Data(messages.get("stats.slice", cut(row.label()), row.count()), row.count()));
        }
        PieChart pie = new PieChart(FXCollections.observableArrayList(slices));
        pie.setLegendVisible(false);
        pie.setLabelLineLength(12);
        pie.setStartAngle(90);
        return pie;
    }

    private Chart columns(StatsTable table) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = counts();
        y.setLabel(table.countColumn());
        BarChart<String, Number> chart = new BarChart<>(x, y);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (String[] row : labelled(shown(table))) {
            series.getData().add(new XYChart.Data<>(row[0], Integer.parseInt(row[1])));
        }
        chart.getData().add(series);
        chart.setLegendVisible(false);
        chart.setCategoryGap(14);
        return chart;
    }

    private Chart bars(StatsTable table) {
        NumberAxis x = counts();
        x.setLabel(table.countColumn());
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<String[]> rows = labelled(shown(table));
        // A category axis lists from the bottom up: the most frequent goes in last, to be read first.
        for (int i = rows.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(Integer.parseInt(rows.get(i)[1]), rows.get(i)[0]));
        }
        chart.getData().add(series);
        chart.setLegendVisible(false);
        // A bar is never thicker than a word is tall: with few names, wide gaps rather than slabs.
        chart.setCategoryGap(rows.size() <= 3 ? 220.0 / rows.size() : 4);
        return chart;
    }

    private Chart overTime(StatsTable table) {
        List<StatsTable.Row> rows = table.rows();
        NumberAxis x = new NumberAxis(0, Math.max(1, rows.size() - 1), Math.max(1, Math.ceil(rows.size() / (double) TIME_LABELS)));
        x.setMinorTickVisible(false);
        x.setLabel(table.labelColumn());
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number index) {
                int i = (int) Math.round(index.doubleValue());
                return i >= 0 && i < rows.size() && Math.abs(index.doubleValue() - i) < 1e-6 ? rows.get(i).label() : "";
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        NumberAxis y = counts();
        y.setLabel(table.countColumn());
        AreaChart<Number, Number> chart = new AreaChart<>(x, y);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (int i = 0; i < rows.size(); i++) {
            series.getData().add(new XYChart.Data<>(i, rows.get(i).count()));
        }
        chart.getData().add(series);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(rows.size() <= 30);
        // Room on the right for the last period's name, which sits on the chart's edge.
        chart.setPadding(new javafx.geometry.Insets(8, 28, 8, 8));
        return chart;
    }

    /** Counts are whole cameras: no tick at 0.5. */
    private static NumberAxis counts() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == Math.rint(v) ? Long.toString((long) v) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        return axis;
    }

    /** The {@value #MOST} most frequent rows, then one row for all the others. */
    List<StatsTable.Row> shown(StatsTable table) {
        List<StatsTable.Row> rows = table.rows();
        if (rows.size() <= MOST) {
            return rows;
        }
        List<StatsTable.Row> shown = new ArrayList<>(rows.subList(0, MOST - 1));
        List<StatsTable.Row> rest = rows.subList(MOST - 1, rows.size());
        shown.add(new StatsTable.Row(messages.get("stats.others", rest.size()), "",
                rest.stream().mapToInt(StatsTable.Row::count).sum()));
        return shown;
    }

    /** Labels cut to fit and made distinct (a category axis merges equal names). */
    private static List<String[]> labelled(List<StatsTable.Row> rows) {
        Set<String> used = new HashSet<>();
        List<String[]> result = new ArrayList<>();
        for (StatsTable.Row row : rows) {
            String label = cut(row.label());
            for (int n = 2; !used.add(label); n++) {
                label = cut(row.label()) + " (" + n + ")";
            }
            result.add(new String[] {label, Integer.toString(row.count())});
        }
        return result;
    }

    static String cut(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1).strip() + "…";
    }
}
