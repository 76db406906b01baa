package org.contrechamp.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column headers read whole in every language (French titles are longer): a column is never
 * narrower than its title, in the bold face headers are drawn in, so the title never ends in "…".
 * Tables that must fit a narrow page choose titles that fit, or scroll sideways.
 */
public final class TableHeaders {

    /** The header cell's padding and sort arrow, around the title. */
    static final double HEADER_INSETS = 32;

    private TableHeaders() {
    }

    /** Applies to every column of {@code table} (call once its columns are set). */
    public static void neverCut(TableView<?> table) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            neverCut(column);
        }
    }

    public static void neverCut(TableColumn<?, ?> column) {
        String title = column.getText();
        if (title == null || title.isBlank()) {
            return;
        }
        double narrowest = titleWidth(title) + HEADER_INSETS;
        column.setMinWidth(Math.max(column.getMinWidth(), narrowest));
        if (column.getPrefWidth() < narrowest) {
            column.setPrefWidth(narrowest);
        }
    }

    /** Keeps a column wide enough for the longest of {@code values} too (short labels, such as a state's). */
    public static void neverCut(TableColumn<?, ?> column, java.util.Collection<String> values) {
        neverCut(column);
        Font regular = Font.getDefault();
        double widest = 0;
        for (String value : values) {
            Text text = new Text(value);
            text.setFont(regular);
            widest = Math.max(widest, Math.ceil(text.getLayoutBounds().getWidth()));
        }
        double narrowest = widest + HEADER_INSETS;
        column.setMinWidth(Math.max(column.getMinWidth(), narrowest));
        column.setPrefWidth(Math.max(column.getPrefWidth(), narrowest));
    }

    /** The width of {@code title} in a header's face: the default font, bold. */
    static double titleWidth(String title) {
        Font regular = Font.getDefault();
        Text text = new Text(title);
        text.setFont(Font.font(regular.getFamily(), FontWeight.BOLD, regular.getSize()));
        return Math.ceil(text.getLayoutBounds().getWidth());
    }
}
