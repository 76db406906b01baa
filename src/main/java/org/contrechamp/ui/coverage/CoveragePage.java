package org.contrechamp.ui.coverage;

import java.util.concurrent.CancellationException;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.contrechamp.core.coverage.Coverage;
import org.contrechamp.core.coverage.StreetCoverage;
import org.contrechamp.core.coverage.StreetState;
import org.contrechamp.core.coverage.ZoneCoverage;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.TaskHandle;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.shell.Page;

/**
 * The streets of the area and how far each was covered: a sortable table (street, zone, length, share
 * walked, cameras, state), a filter for the streets never visited, and the counts per zone above it.
 * Measured in the background each time the page is shown, with a spinner and Cancel.
 */
public final class CoveragePage implements Page {

    /** Room for the table's vertical scroll bar and borders beside its columns. */
    private static final double SCROLL_BAR = 20;

    private final Messages messages;
    private final TaskRunner tasks;
    private final TaskRunner.Work<Coverage> measure;
    private final ObservableList<StreetCoverage> rows = FXCollections.observableArrayList();
    private final FilteredList<StreetCoverage> filtered = new FilteredList<>(rows);
    private final TableView<StreetCoverage> table = new TableView<>();
    private final CheckBox neverVisitedOnly = new CheckBox();
    private final Label summary = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator(-1);
    private final Button cancel = new Button();
    private final Button refresh = new Button();
    private final BorderPane view = new BorderPane();
    private TaskHandle running;

    /** The page of a data directory's coverage (whole area). */
    public static CoveragePage of(Messages messages, Workspace workspace, TaskRunner tasks) {
        return new CoveragePage(messages, tasks, (progress, cancel) -> workspace.coverage().compute(null, cancel));
    }

    CoveragePage(Messages messages, TaskRunner tasks, TaskRunner.Work<Coverage> measure) {
        this.messages = messages;
        this.tasks = tasks;
        this.measure = measure;
        build();
    }

    private void build() {
        table.setId("coverage-table");
        table.setPlaceholder(org.contrechamp.ui.common.Placeholders.wrapping(messages.get("coverage.page.placeholder")));
        TableColumn<StreetCoverage, String> street = new TableColumn<>(messages.get("coverage.column.street"));
        street.setId("coverage-street");
        street.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        street.setCellFactory(col -> new org.contrechamp.ui.common.WrappingCell<>()); // long names read whole
        street.setPrefWidth(200);
        street.setMinWidth(150); // a street's name wraps between its words, not inside them
        TableColumn<StreetCoverage, String> zone = new TableColumn<>(messages.get("coverage.column.zone"));
        zone.setId("coverage-zone");
        zone.setCellValueFactory(c -> new ReadOnlyStringWrapper(zoneName(c.getValue().zone())));
        zone.setCellFactory(col -> new org.contrechamp.ui.common.WrappingCell<>());
        zone.setPrefWidth(120);
        TableColumn<StreetCoverage, Number> length = new TableColumn<>(messages.get("coverage.column.length"));
        length.setId("coverage-length");
        length.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Math.round(c.getValue().lengthMeters())));
        TableColumn<StreetCoverage, Number> walked = new TableColumn<>(messages.get("coverage.column.walked"));
        walked.setId("coverage-walked");
        walked.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().walkedShare()));
        walked.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null
                        : java.text.NumberFormat.getPercentInstance(messages.locale()).format(value.doubleValue()));
            }
        });
        TableColumn<StreetCoverage, Number> cameras = new TableColumn<>(messages.get("coverage.column.cameras"));
        cameras.setId("coverage-cameras");
        cameras.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cameras()));
        TableColumn<StreetCoverage, StreetState> state = new TableColumn<>(messages.get("coverage.column.state"));
        state.setId("coverage-state");
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().state()));
        state.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(StreetState value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : messages.get(value.labelKey()));
            }
        });
        state.setPrefWidth(130);
        table.getColumns().setAll(java.util.List.of(street, zone, length, walked, cameras, state));
        org.contrechamp.ui.common.TableHeaders.neverCut(table);
        org.contrechamp.ui.common.TableHeaders.neverCut(state, java.util.Arrays.stream(StreetState.values())
                .map(v -> messages.get(v.labelKey())).toList());
        // Every column in view, none cut: the numbers take what their titles need, the street the rest.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Never narrower than its columns (French titles are longer): the map beside it gives way instead,
        // where a last column would be pushed out of view.
        table.setMinWidth(table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + SCROLL_BAR);
        SortedList<StreetCoverage> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        neverVisitedOnly.setId("coverage-never-visited");
        neverVisitedOnly.setText(messages.get("coverage.page.never-visited-only"));
        neverVisitedOnly.selectedProperty().addListener((obs, was, is) -> filtered.setPredicate(
                is ? s -> s.state() == StreetState.NEVER_VISITED : null));
        refresh.setId("coverage-refresh");
        refresh.setText(messages.get("coverage.page.refresh"));
        refresh.setOnAction(e -> measure());
        cancel.setId("coverage-cancel");
        cancel.setText(messages.get("progress.cancel"));
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        spinner.setPrefSize(20, 20);
        busy(false);
        summary.setId("coverage-summary");
        summary.setWrapText(true);
        // Whole words in both languages: the controls go to a second line rather than being cut.
        for (Region control : new Region[] {neverVisitedOnly, cancel, refresh}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(10, 6, neverVisitedOnly, spinner, cancel, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, summary, bar);
        top.setPadding(new Insets(10));
        view.setTop(top);
        view.setCenter(table);
    }

    private String zoneName(String zone) {
        return zone == null ? messages.get("coverage.outside-zones") : zone;
    }

    private void busy(boolean on) {
        spinner.setVisible(on);
        cancel.setVisible(on);
        refresh.setDisable(on);
    }

    /** Measures again in the background; the table keeps the last answer until the new one comes. */
    public void measure() {
        if (running != null) {
            return;
        }
        busy(true);
        running = tasks.submit("coverage", measure, this::show, error -> {
            running = null;
            busy(false);
            if (!(error instanceof CancellationException)) {
                summary.setText(ErrorMessages.describe(messages, error));
            }
        });
    }

    private void show(Coverage coverage) {
        running = null;
        busy(false);
        rows.setAll(coverage.streets());
        StringBuilder text = new StringBuilder();
        if (coverage.zones().size() != 1) {
            text.append(line(coverage.scope(), coverage.total()));
        }
        for (ZoneCoverage z : coverage.zones()) {
            text.append(text.length() == 0 ? "" : "\n").append(line(zoneName(z.zone()), z));
        }
        if (coverage.tracks() == 0) {
            text.append(text.length() == 0 ? "" : "\n").append(messages.get("coverage.page.no-tracks"));
        }
        summary.setText(text.toString());
    }

    private String line(String name, ZoneCoverage z) {
        return messages.get("coverage.page.summary", name, z.visitedShare(), z.visited(), z.streets(), z.visitedLengthShare());
    }

    @Override
    public String id() {
        return "coverage";
    }

    @Override
    public ObservableValue<String> title() {
        return new ReadOnlyStringWrapper(messages.get("coverage.page.title"));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public double mapShare() {
        return 0.42; // six columns of a table beside the map, none cut
    }

    @Override
    public boolean besideMap() {
        return true;
    }

    @Override
    public void shown() {
        measure();
    }

    @Override
    public void hidden() {
        if (running != null) {
            running.cancel();
        }
    }
}
