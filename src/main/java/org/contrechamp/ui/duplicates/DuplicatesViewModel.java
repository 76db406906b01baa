package org.contrechamp.ui.duplicates;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import org.contrechamp.core.duplicate.DuplicateDecision;
import org.contrechamp.core.duplicate.DuplicateService;
import org.contrechamp.core.duplicate.DuplicateSuggestion;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.provenance.DeskNames;
import org.contrechamp.core.provenance.RecordNames;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.ui.common.TaskRunner;

/**
 * The queue of probable duplicates and the decision on the pair in view. Searching and deciding run
 * in the background through the task runner; the queue changes on the UI thread only. A decided pair
 * leaves the queue and the next one comes into view.
 */
public final class DuplicatesViewModel {

    private final Supplier<DuplicateService> service;
    private final Supplier<DeskNames> names;
    private final TaskRunner tasks;
    private final Messages messages;
    private final RecordNames records;
    private final Runnable onDecided;
    private final StringProperty comment = new SimpleStringProperty("");
    private Map<UUID, String> authors = Map.of();
    private final DecisionQueue<DuplicateSuggestion> queue = new DecisionQueue<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /**
     * @param names     the authors' pseudonyms, read with each search (null: none shown)
     * @param onDecided after a merge (records changed: the window reloads them)
     */
    public DuplicatesViewModel(Supplier<DuplicateService> service, Supplier<DeskNames> names, TaskRunner tasks,
            Messages messages, Runnable onDecided) {
        this.service = service;
        this.names = names;
        this.records = new RecordNames(messages);
        this.tasks = tasks;
        this.messages = messages;
        this.onDecided = onDecided;
    }

    public ObservableList<DuplicateSuggestion> items() {
        return queue.items();
    }

    public ObjectProperty<DuplicateSuggestion> currentProperty() {
        return queue.current();
    }

    public IntegerProperty indexProperty() {
        return queue.index();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the person decides so: goes with the next decision into the audit log, then is cleared. */
    public StringProperty commentProperty() {
        return comment;
    }

    /** What a record is called on the page: "Camera · Dome · Rue Grimaldi". */
    public String name(Sighting s) {
        return records.name(s);
    }

    /** Who surveyed a record of the queue, by pseudonym; "—" when not known. */
    public String author(UUID id) {
        return authors.getOrDefault(id, messages.get("value.none"));
    }

    /** Searches the workspace again (in the background). */
    public void refresh() {
        busy.set(true);
        status.set(messages.get("duplicates.page.loading"));
        tasks.submit("duplicates", (progress, cancellation) -> {
            List<DuplicateSuggestion> found = service.get().suggestions(progress, cancellation);
            Set<UUID> ids = new LinkedHashSet<>();
            found.forEach(s -> {
                ids.add(s.first().id());
                ids.add(s.second().id());
            });
            Map<UUID, String> by = names == null || ids.isEmpty() ? Map.of() : names.get().authors(ids);
            return new Found(found, by);
        }, this::show, this::failed);
    }

    public void next() {
        queue.next();
    }

    public void previous() {
        queue.previous();
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
        DuplicateSuggestion s = queue.current().get();
        if (s == null || busy.get()) {
            return;
        }
        busy.set(true);
        String why = comment.get();
        tasks.submit("duplicate decision", (progress, cancellation) -> merge
                ? service.get().merge(s.first().id(), s.second().id(), why)
                : service.get().distinct(s.first().id(), s.second().id(), why), decision -> {
                    busy.set(false);
                    comment.set("");
                    status.set(decision.kind() == DuplicateDecision.Kind.MERGED
                            ? messages.get("duplicates.page.merged", name(decision.survivor().equals(s.first().id())
                                    ? s.first() : s.second()))
                            : messages.get("duplicates.page.distinct-done"));
                    // Pairs that held either record are out of date after a merge; after distinct, only this one.
                    queue.removeIf(other -> other.pair().equals(s.pair()) || (merge
                            && (other.pair().contains(s.first().id()) || other.pair().contains(s.second().id()))));
                    if (merge) {
                        onDecided.run();
                    }
                }, this::failed);
    }

    /** A search and the pseudonyms of its records' authors. */
    private record Found(List<DuplicateSuggestion> pairs, Map<UUID, String> authors) {
    }

    private void show(Found result) {
        List<DuplicateSuggestion> found = result.pairs();
        busy.set(false);
        authors = result.authors();
        status.set(found.isEmpty() ? messages.get("duplicates.page.none") : "");
        queue.setAll(found, 0);
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(messages.get("duplicates.page.failed", DecisionFailure.describe(error, messages)));
    }

}
