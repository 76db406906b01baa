package org.contrechamp.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps to the column's width, the row growing to hold it: a long reason,
 * a record's description or a French sentence is read whole instead of ending in "…".
 */
public final class WrappingCell<T> extends TableCell<T, String> {

    /** The cell's padding on both sides, which the text must leave free. */
    private static final double PADDING = 12;

    private final Text text = new Text();

    public WrappingCell() {
        text.getStyleClass().add("text");
        text.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
        setPrefHeight(Region.USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty || item == null ? null : text);
    }
}
