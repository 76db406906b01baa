package org.contrechamp.ui.audit;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.ui.common.TaskRunner;

/**
 * What the audit and volunteers pages share: a heading, a table of text columns loaded in the
 * background each time the page comes into view, a line that says what went wrong or that there is
 * nothing yet.
 */
final class PageTable<T> {

    private final Messages messages;
    private final TaskRunner tasks;
    private final TableView<T> table = new TableView<>();
    private final Label state = new Label();
    private final VBox view;

    PageTable(Messages messages, TaskRunner tasks, String id, String headingKey, String emptyKey) {
        this.messages = messages;
        this.tasks = tasks;
        Label heading = new Label(messages.get(headingKey));
        heading.getStyleClass().add("page-heading");
        heading.setWrapText(true);
        table.setId(id + "-table");
        table.setPlaceholder(org.contrechamp.ui.common.Placeholders.wrapping(messages.get(emptyKey)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        state.setId(id + "-state");
        state.setWrapText(true);
        state.setVisible(false);
        state.setManaged(false);
        VBox.setVgrow(table, Priority.ALWAYS);
        view = new VBox(8, heading, state, table);
        view.setId(id);
        view.setPadding(new Insets(10));
    }

    void column(String titleKey, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(messages.get(titleKey));
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        c.setPrefWidth(width);
        // A long entry wraps in its column (the row grows) rather than ending in "…".
        c.setCellFactory(column -> new org.contrechamp.ui.common.WrappingCell<>());
        org.contrechamp.ui.common.TableHeaders.neverCut(c);
        table.getColumns().add(c);
    }

    /** Loads the rows off the FX thread; a failure is said on the page, and the old rows stay. */
    void load(String name, TaskRunner.Work<List<T>> work, Runnable afterwards) {
        tasks.submit(name, work, rows -> {
            table.getItems().setAll(rows);
            state.setVisible(false);
            state.setManaged(false);
            afterwards.run();
        }, error -> {
            state.setText(org.contrechamp.ui.common.ErrorMessages.describe(messages, error));
            state.setVisible(true);
            state.setManaged(true);
        });
    }

    TableView<T> table() {
        return table;
    }

    VBox view() {
        return view;
    }
}
