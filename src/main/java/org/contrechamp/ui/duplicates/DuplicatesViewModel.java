package org.contrechamp.ui.duplicates;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.contrechamp.core.duplicate.DuplicateDecision;
import org.contrechamp.core.duplicate.DuplicateService;
import org.contrechamp.core.duplicate.DuplicateSuggestion;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.ui.common.TaskRunner;

/**
 * The queue of probable duplicates and the decision on the pair in view. Searching and deciding run
 * in the background through the task runner; the queue changes on the UI thread only. A decided pair
 * leaves the queue and the next one comes into view.
 */
public final class DuplicatesViewModel {

    private final Supplier<DuplicateService> service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Runnable onDecided;
    private final ObservableList<DuplicateSuggestion> items = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final ObjectProperty<DuplicateSuggestion> current = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** @param onDecided after a merge (records changed: the window reloads them) */
    public DuplicatesViewModel(Supplier<DuplicateService> service, TaskRunner tasks, Messages messages, Runnable onDecided) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onDecided = onDecided;
        index.addListener((obs, was, is) -> current.set(at(is.intValue())));
    }

    public ObservableList<DuplicateSuggestion> items() {
        return items;
    }

    public ObjectProperty<DuplicateSuggestion> currentProperty() {
        return current;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Searches the workspace again (in the background). */
    public void refresh() {
        busy.set(true);
        status.set(messages.get("duplicates.page.loading"));
        tasks.submit("duplicates", (progress, cancellation) -> service.get().suggestions(progress, cancellation),
                this::show, this::failed);
    }

    public void next() {
        if (index.get() + 1 < items.size()) {
            index.set(index.get() + 1);
        }
    }

    public void previous() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    /** The pair in view is one camera. */
    public void merge() {
        decide(true);
    }

    /** The pair in view is two cameras. */
    public void distinct() {
        decide(false);
    }

    private void decide(boolean merge) {
        DuplicateSuggestion s = current.get();
        if (s == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.submit("duplicate decision", (progress, cancellation) -> merge
                ? service.get().merge(s.first().id(), s.second().id())
                : service.get().distinct(s.first().id(), s.second().id()), decision -> {
                    busy.set(false);
                    status.set(decision.kind() == DuplicateDecision.Kind.MERGED
                            ? messages.get("duplicates.page.merged", decision.survivor())
                            : messages.get("duplicates.page.distinct-done"));
                    int at = index.get();
                    // Pairs that held either record are out of date after a merge; after distinct, only this one.
                    items.removeIf(other -> other.pair().equals(s.pair()) || (merge
                            && (other.pair().contains(s.first().id()) || other.pair().contains(s.second().id()))));
                    index.set(-1);
                    index.set(Math.min(at, items.size() - 1));
                    if (merge) {
                        onDecided.run();
                    }
                }, this::failed);
    }

    private void show(List<DuplicateSuggestion> found) {
        busy.set(false);
        items.setAll(found);
        status.set(found.isEmpty() ? messages.get("duplicates.page.none") : "");
        index.set(-1);
        index.set(found.isEmpty() ? -1 : 0);
    }

    private void failed(Throwable error) {
        busy.set(false);
        String text = error instanceof org.contrechamp.core.common.InvalidInputException invalid
                ? invalid.problems().stream().map(messages::describeByName).reduce((a, b) -> a + " " + b).orElse("")
                : String.valueOf(error.getMessage());
        status.set(messages.get("duplicates.page.failed", text));
    }

    private DuplicateSuggestion at(int i) {
        return i >= 0 && i < items.size() ? items.get(i) : null;
    }
}
