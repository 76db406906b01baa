package org.contrechamp.ui.stats;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.stats.Statistics;
import org.contrechamp.core.stats.StatsCsv;
import org.contrechamp.core.stats.StatsDimension;
import org.contrechamp.core.stats.StatsService;
import org.contrechamp.core.stats.StatsTable;
import org.contrechamp.core.stats.StatsTables;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskHandle;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.shell.Page;

/**
 * The statistics page: the campaign's cameras by kind, type, mount, operator, zone and street, over
 * time and per volunteer, each as a chart that saves as a picture and as CSV. Counted in the
 * background each time the page is shown (a newer count replaces one still running); whole width.
 */
public final class StatsPage implements Page {

    public static final String ID = "stats";
    /** Cards are this wide (padding included): two side by side in a 1280-pixel window, beside the bar. */
    private static final double CARD_WIDTH = 530;
    private static final double CARD_PADDING = 8;
    private static final double CARD_HEIGHT = 360;

    private final Messages messages;
    private final TaskRunner tasks;
    private final StatusLine status;
    private final StatsService service;
    /** Where "today" comes from: the workspace's clock, in the volunteer's time zone. */
    private final Clock today;
    private final StatsCharts charts;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final BorderPane view = new BorderPane();
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final ComboBox<String> zone = new ComboBox<>();
    private final ProgressIndicator working = new ProgressIndicator();
    private final Button cancel;
    private final FlowPane cards = new FlowPane(12, 12);
    private final Map<String, StatsTable> tables = new LinkedHashMap<>();
    private final Map<String, Chart> shownCharts = new LinkedHashMap<>();
    private TaskHandle running;
    private Statistics shown;
    private boolean fillingZones;

    public StatsPage(Messages messages, StatsService service, TaskRunner tasks, StatusLine status, Clock today) {
        this.today = today;
        this.messages = messages;
        this.tasks = tasks;
        this.status = status;
        this.service = service;
        this.charts = new StatsCharts(messages);
        title.set(messages.get("page.stats"));

        Label heading = new Label(messages.get("page.stats"));
        heading.getStyleClass().add("title-3");
        Label counted = new Label(messages.get("stats.counted-rule"));
        counted.getStyleClass().add("form-help");
        counted.setWrapText(true);
        summary.setId("stats-summary");
        summary.setWrapText(true);
        problem.setId("stats-problem");
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);

        zone.setId("stats-zone");
        zone.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null || name.isEmpty() ? messages.get("stats.zone-all") : name;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        zone.setItems(FXCollections.observableArrayList(""));
        zone.getSelectionModel().select(0);
        zone.valueProperty().addListener((obs, was, is) -> {
            if (!fillingZones) {
                refresh();
            }
        });
        Label zoneLabel = new Label(messages.get("stats.zone"));
        zoneLabel.setLabelFor(zone);
        Button again = new Button(messages.get("stats.refresh"));
        again.setOnAction(e -> refresh());
        cancel = new Button(messages.get("stats.cancel"));
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(cancel.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        working.managedProperty().bind(cancel.visibleProperty());
        cancel.setVisible(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(8, zoneLabel, zone, again, working, cancel, gap);
        tools.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(6, heading, counted, tools, summary, problem);
        top.setPadding(new Insets(12, 12, 6, 12));
        cards.setPadding(new Insets(6, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        // Cards flow in as many columns as the width holds (two on a laptop), not one under the other.
        cards.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(30));
        view.setTop(top);
        view.setCenter(scroll);
        view.getStyleClass().add("stats-page");
    }

    /** The page of a data directory. */
    public static StatsPage of(Workspace workspace, Messages messages, TaskRunner tasks, StatusLine status) {
        return new StatsPage(messages, StatsService.of(workspace), tasks, status, workspace.localClock());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ObservableValue<String> title() {
        return title.getReadOnlyProperty();
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public boolean besideMap() {
        return false;
    }

    /** Counted again each time: the numbers follow the reviews and syncs made on other pages. */
    @Override
    public void shown() {
        refresh();
    }

    @Override
    public void hidden() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Counts again, for the zone chosen; a count still running is cancelled first. */
    public void refresh() {
        if (running != null) {
            running.cancel();
        }
        String zoneName = zone.getValue() == null || zone.getValue().isEmpty() ? null : zone.getValue();
        cancel.setVisible(true);
        summary.setText(messages.get("stats.computing"));
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.submit("stats", (p, c) -> {
            Statistics stats = service.compute(zoneName, messages.locale(), LocalDate.now(today), c);
            return new Counted(stats, StatsTables.of(stats, messages));
        }, counted -> {
            if (running == handle[0] || running == null) {
                finished();
                show(counted, zoneName == null);
            }
        }, error -> {
            if (running == handle[0] || running == null) {
                finished();
                failed(error);
            }
        });
        running = handle[0];
    }

    private record Counted(Statistics stats, List<StatsTable> tables) {
    }

    private void finished() {
        running = null;
        cancel.setVisible(false);
    }

    private void show(Counted counted, boolean wholeArea) {
        shown = counted.stats();
        problem.setVisible(false);
        Statistics stats = counted.stats();
        summary.setText(stats.scope() == null
                ? messages.get("stats.summary", stats.cameras(), stats.removed())
                : messages.get("stats.summary-scope", stats.cameras(), stats.removed(), stats.scope()));
        if (wholeArea) {
            fillZones(stats);
        }
        tables.clear();
        shownCharts.clear();
        cards.getChildren().clear();
        if (stats.empty()) {
            Label none = new Label(messages.get("stats.none"));
            none.setId("stats-none");
            none.setWrapText(true);
            // In the flow of cards a label is as wide as its whole sentence: held to the flow's width,
            // it wraps instead of widening the page past the window (French ran off the edge).
            none.prefWidthProperty().bind(cards.prefWrapLengthProperty().subtract(24));
            none.setMinHeight(Region.USE_PREF_SIZE);
            cards.getChildren().add(none);
            return;
        }
        for (StatsTable table : counted.tables()) {
            tables.put(table.id(), table);
            cards.getChildren().add(card(table));
        }
    }

    /** The zone list: the zones that hold cameras, as the whole area's count names them. */
    private void fillZones(Statistics stats) {
        List<String> names = new ArrayList<>();
        names.add("");
        stats.by(StatsDimension.ZONE).stream().filter(t -> !t.unknown()).map(t -> t.value()).sorted().forEach(names::add);
        fillingZones = true;
        String chosen = zone.getValue();
        zone.getItems().setAll(names);
        zone.setValue(names.contains(chosen) ? chosen : "");
        fillingZones = false;
        zone.setDisable(names.size() < 2);
    }

    private Node card(StatsTable table) {
        Node body;
        if (table.rows().isEmpty()) {
            Label empty = new Label(messages.get("stats.plot-empty"));
            empty.getStyleClass().add("form-help");
            Label heading = new Label(table.title());
            heading.getStyleClass().add("stats-card-title");
            body = new VBox(8, heading, empty);
        } else {
            Chart chart = charts.chart(table);
            chart.setPrefSize(CARD_WIDTH - 2 * CARD_PADDING, CARD_HEIGHT);
            shownCharts.put(table.id(), chart);
            body = chart;
        }
        Button png = new Button(messages.get("stats.save-png"));
        png.setId("stats-png-" + table.id());
        png.setDisable(table.rows().isEmpty());
        png.setOnAction(e -> choose(table, "png").ifPresent(path -> savePng(table.id(), path)));
        Button csv = new Button(messages.get("stats.save-csv"));
        csv.setId("stats-csv-" + table.id());
        csv.setOnAction(e -> choose(table, "csv").ifPresent(path -> saveCsv(table.id(), path)));
        Label total = new Label(messages.get("stats.card-total", table.rows().size(), table.total()));
        total.getStyleClass().add("form-help");
        // Nothing of the card's foot is cut, in any language.
        for (Region r : List.of(total, png, csv)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, total, gap, png, csv);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, body, buttons);
        card.setPrefWidth(CARD_WIDTH);
        card.setMaxWidth(CARD_WIDTH);
        card.setPadding(new Insets(CARD_PADDING));
        card.getStyleClass().add("stats-card");
        card.setId("stats-card-" + table.id());
        return card;
    }

    private java.util.Optional<Path> choose(StatsTable table, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("stats.save-title", table.title()));
        chooser.setInitialFileName(messages.get("stats.file-name", table.id()) + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        File file = chooser.showSaveDialog(owner);
        return file == null ? java.util.Optional.empty() : java.util.Optional.of(file.toPath());
    }

    /** Saves one plot's picture (taken now, written in the background). */
    void savePng(String id, Path target) {
        Chart chart = shownCharts.get(id);
        if (chart == null) {
            return;
        }
        ChartFiles.Picture picture = ChartFiles.take(chart);
        tasks.submit("stats-png", (p, c) -> {
            picture.writePng(target);
            return target;
        }, saved -> status.info(messages.get("stats.saved", saved.toString())),
                error -> status.error(ErrorMessages.describe(messages, error)));
    }

    /** Saves one plot's numbers as CSV, in the background. */
    void saveCsv(String id, Path target) {
        StatsTable table = tables.get(id);
        if (table == null) {
            return;
        }
        tasks.submit("stats-csv", (p, c) -> {
            StatsCsv.write(table, target);
            return target;
        }, saved -> status.info(messages.get("stats.saved", saved.toString())),
                error -> status.error(ErrorMessages.describe(messages, error)));
    }

    private void failed(Throwable error) {
        if (error instanceof CancellationException) {
            summary.setText(messages.get("stats.cancelled"));
            return;
        }
        summary.setText("");
        problem.setText(ErrorMessages.describe(messages, error));
        problem.setVisible(true);
        cards.getChildren().clear();
    }

    /** The numbers on screen (for tests and for whoever wires a menu to them). */
    public Statistics shownStatistics() {
        return shown;
    }
}
