package org.contrechamp.ui.duplicates;

import java.util.List;
import java.util.function.Predicate;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What waits for a person's decision on a page, and the item in view: next and previous move through
 * it, a decided item leaves it and the one after comes into view. Changed on the UI thread only.
 */
final class DecisionQueue<T> {

    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final ObjectProperty<T> current = new SimpleObjectProperty<>();

    DecisionQueue() {
        index.addListener((obs, was, is) -> current.set(at(is.intValue())));
    }

    ObservableList<T> items() {
        return items;
    }

    IntegerProperty index() {
        return index;
    }

    ObjectProperty<T> current() {
        return current;
    }

    void next() {
        if (index.get() + 1 < items.size()) {
            index.set(index.get() + 1);
        }
    }

    void previous() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    /** A new search: its items, the one at {@code inView} shown (the first when out of range). */
    void setAll(List<T> found, int inView) {
        items.setAll(found);
        index.set(-1);
        index.set(found.isEmpty() ? -1 : inView >= 0 && inView < found.size() ? inView : 0);
    }

    /** Items a decision settled leave; the one now where the decided one stood comes into view. */
    void removeIf(Predicate<T> decided) {
        int at = index.get();
        items.removeIf(decided);
        index.set(-1);
        index.set(Math.min(at, items.size() - 1));
    }

    private T at(int i) {
        return i >= 0 && i < items.size() ? items.get(i) : null;
    }
}
