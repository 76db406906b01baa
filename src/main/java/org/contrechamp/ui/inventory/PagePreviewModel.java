package org.contrechamp.ui.inventory;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.inventory.report.InventoryPages;

/**
 * The state of the inventory dialog, without the toolkit: the pages made last, the page shown, and
 * moving between pages within bounds. Plain properties, so it is tested without a window.
 */
final class PagePreviewModel {

    private final ObjectProperty<InventoryPages> pages = new SimpleObjectProperty<>();
    private final ObjectProperty<Inventory> inventory = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);

    void show(Inventory made, InventoryPages laidOut) {
        inventory.set(made);
        pages.set(laidOut);
        count.set(laidOut.pageCount());
        page.set(0);
    }

    void clear() {
        pages.set(null);
        inventory.set(null);
        count.set(0);
        page.set(0);
    }

    void next() {
        go(page.get() + 1);
    }

    void previous() {
        go(page.get() - 1);
    }

    void first() {
        go(0);
    }

    void last() {
        go(count.get() - 1);
    }

    void go(int index) {
        if (count.get() > 0) {
            page.set(Math.max(0, Math.min(count.get() - 1, index)));
        }
    }

    ObjectProperty<InventoryPages> pagesProperty() {
        return pages;
    }

    ObjectProperty<Inventory> inventoryProperty() {
        return inventory;
    }

    IntegerProperty pageProperty() {
        return page;
    }

    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
