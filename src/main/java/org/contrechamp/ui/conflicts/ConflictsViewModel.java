package org.contrechamp.ui.conflicts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.contrechamp.core.common.Problem;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewService;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.SerialTasks;
import org.contrechamp.ui.common.TaskRunner;
import org.contrechamp.ui.common.StatusLine;

/**
 * The conflicts desk: the review queue's items one at a time, each laid out field by field, the
 * person's choices per field (mine, theirs, or a typed value) with the result as it stands, and the
 * decision. Choices and comments are kept per item while the person moves back and forth.
 *
 * <p>Stepping must feel instant: the cases of the neighbours of the item shown are read ahead in the
 * background, so that the next one is on screen the moment it is asked for, and a decision moves on to
 * a case already read. Deciding runs in the background too, one decision after the other.
 */
public final class ConflictsViewModel {

    private final Supplier<ReviewService> services;
    private final TaskRunner reads;
    private final SerialTasks writes;
    private final Messages messages;
    private final StatusLine status;
    private final Runnable onDecided;
    private final DeskRows layout;
    private final DeskDecision decisions;
    private final ObservableList<ReviewItem> items = FXCollections.observableArrayList();
    private final ObservableList<DeskRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReviewCase> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper deciding = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<MergeField> focused = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MergeField> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final Map<Long, ReviewCase> cases = new HashMap<>();
    private final Set<Long> fetching = new HashSet<>();
    private final Map<Long, Map<MergeField, Choice>> choices = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();
    private final Set<Long> decidingIds = new HashSet<>();
    private Long currentId;
    private DeskPreview preview;
    private Set<MergeField> typeable = Set.of();
    private Choice beforeTyping;

    /**
     * @param services  the review queue; it may give null (no queue in this data directory): the desk
     *                  is then empty. Asked in the background only.
     * @param onDecided called on the UI thread after a decision was stored (the record changed)
     */
    public ConflictsViewModel(Supplier<ReviewService> services, TaskRunner tasks, Messages messages,
            StatusLine status, Runnable onDecided) {
        this.services = services;
        this.reads = tasks;
        this.writes = new SerialTasks(tasks);
        this.messages = messages;
        this.status = status;
        this.onDecided = onDecided;
        this.layout = new DeskRows(messages);
        this.decisions = new DeskDecision(messages);
        comment.addListener((obs, was, is) -> {
            if (currentId != null) {
                comments.put(currentId, is);
            }
        });
    }

    public ObservableList<ReviewItem> items() {
        return items;
    }

    /** The lines of the item shown, field by field. */
    public ObservableList<DeskRow> rows() {
        return rows;
    }

    /** The item shown; null while the queue is empty or its case is being read. */
    public ReadOnlyObjectProperty<ReviewCase> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** 1-based place of the item shown in the queue; 0 when there is none. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Whether the queue was read at least once (before that, "empty" would be a guess). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Whether the case of the item to show is still being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether every decision of the item shown has a valid choice. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Whether the item shown is being decided (its decision is being stored). */
    public ReadOnlyBooleanProperty decidingProperty() {
        return deciding.getReadOnlyProperty();
    }

    /** The decision the keys act on. */
    public ReadOnlyObjectProperty<MergeField> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    /** The decision whose value is being typed, or null. */
    public ReadOnlyObjectProperty<MergeField> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The optional comment that goes with the decision of the item shown. */
    public StringProperty commentProperty() {
        return comment;
    }

    /** Reads the queue again (on opening the desk, after a sync); keeps the item shown if still open. */
    public void refresh() {
        reads.submit("review queue", (p, c) -> {
            ReviewService service = services.get();
            return service == null ? List.<ReviewItem>of() : service.open();
        }, this::queueRead, this::fail);
    }

    private void queueRead(List<ReviewItem> open) {
        Map<Long, ReviewItem> before = new HashMap<>();
        items.forEach(item -> before.put(item.id(), item));
        Set<Long> ids = new HashSet<>();
        for (ReviewItem item : open) {
            ids.add(item.id());
            if (before.containsKey(item.id()) && !before.get(item.id()).equals(item)) {
                forget(item.id()); // more arrived for it since it was read: read it anew
            }
        }
        cases.keySet().retainAll(ids);
        choices.keySet().retainAll(ids);
        comments.keySet().retainAll(ids);
        items.setAll(open);
        loaded.set(true);
        show(currentId != null && ids.contains(currentId) ? currentId : open.isEmpty() ? null : open.get(0).id());
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int by) {
        if (items.isEmpty()) {
            return;
        }
        int index = Math.max(0, indexOf(currentId));
        show(items.get(Math.max(0, Math.min(items.size() - 1, index + by))).id());
    }

    /** Shows an item: at once when its case was read ahead, else as soon as it is read. */
    private void show(Long id) {
        boolean same = id != null && id.equals(currentId);
        currentId = id;
        int index = indexOf(id);
        position.set(index + 1);
        if (id == null) {
            preview = null;
            current.set(null);
            rows.clear();
            loading.set(false);
            return;
        }
        ReviewCase known = cases.get(id);
        if (known != null) {
            display(known, same && known.equals(current.get()));
        } else {
            loading.set(true);
            current.set(null);
            rows.clear();
            fetch(id);
        }
        readAhead(index);
    }

    private void readAhead(int index) {
        for (int i : new int[] {index + 1, index - 1, index + 2}) {
            if (i >= 0 && i < items.size() && !cases.containsKey(items.get(i).id())) {
                fetch(items.get(i).id());
            }
        }
    }

    private void fetch(long id) {
        if (!fetching.add(id)) {
            return;
        }
        reads.submit("review case", (p, c) -> {
            ReviewService service = services.get();
            return service == null ? Optional.<ReviewCase>empty() : service.show(id);
        }, found -> {
            fetching.remove(id);
            if (indexOf(id) < 0) {
                return; // decided meanwhile
            }
            if (found.isEmpty()) {
                gone(id);
                return;
            }
            cases.put(id, found.get());
            if (Long.valueOf(id).equals(currentId)) {
                display(found.get(), false);
            }
        }, error -> {
            fetching.remove(id);
            if (Long.valueOf(id).equals(currentId)) {
                loading.set(false);
                fail(error);
            }
        });
    }

    /** An item that vanished from the queue (decided elsewhere, by the command line): the next one comes. */
    private void gone(long id) {
        int index = indexOf(id);
        items.remove(index);
        forget(id);
        if (Long.valueOf(id).equals(currentId)) {
            status.info(messages.get("review.desk.gone"));
            currentId = null;
            show(items.isEmpty() ? null : items.get(Math.min(index, items.size() - 1)).id());
        }
    }

    /** @param again the same case shown anew (after a refresh): the focus and the typing stay */
    private void display(ReviewCase c, boolean again) {
        loading.set(false);
        if (!again) {
            typeable = DeskPreview.typeable(c.merge());
            editing.set(null);
            comment.set(comments.getOrDefault(c.item().id(), ""));
            focused.set(null);
        }
        preview = DeskPreview.of(c.merge(), choicesOf(c.item().id()));
        if (focused.get() == null) {
            List<MergeField> order = decisionOrder(c);
            focused.set(order.stream().filter(preview.undecided()::contains).findFirst()
                    .orElse(order.isEmpty() ? null : order.get(0)));
        }
        // The item first, its lines after: the view lays the lines out once, under the right headings.
        current.set(c);
        update(c);
    }

    private void update(ReviewCase c) {
        Map<MergeField, Choice> chosen = choicesOf(c.item().id());
        preview = DeskPreview.of(c.merge(), chosen);
        rows.setAll(layout.of(c, chosen, preview, focused.get()));
        ready.set(preview.ready());
        deciding.set(decidingIds.contains(c.item().id()));
    }

    private Map<MergeField, Choice> choicesOf(long id) {
        return choices.computeIfAbsent(id, k -> new LinkedHashMap<>());
    }

    /** Moves the keys to the next (or previous) decision, in the order the lines show them. */
    public void nextDecision() {
        moveFocus(1);
    }

    public void previousDecision() {
        moveFocus(-1);
    }

    private void moveFocus(int by) {
        List<MergeField> order = decisionOrder();
        if (order.isEmpty()) {
            return;
        }
        int index = Math.max(0, order.indexOf(focused.get()));
        focus(order.get(Math.max(0, Math.min(order.size() - 1, index + by))));
    }

    /** Puts the keys on one decision (a click on its line). */
    public void focus(MergeField field) {
        ReviewCase c = current.get();
        if (c != null && decisionOrder().contains(field)) {
            editing.set(null);
            focused.set(field);
            update(c);
        }
    }

    public void chooseMine() {
        choose(Choice.mine());
    }

    public void chooseTheirs() {
        choose(Choice.theirs());
    }

    private void choose(Choice choice) {
        ReviewCase c = current.get();
        MergeField field = focused.get();
        if (c == null || field == null || deciding.get()) {
            return;
        }
        choicesOf(c.item().id()).put(field, choice);
        editing.set(null);
        update(c);
        focusNextUndecided(c, field);
    }

    /** The same side for every decision (the person then decides with Ctrl+Enter). */
    public void chooseAllMine() {
        chooseAll(Choice.mine(), "review.desk.all-mine-chosen");
    }

    public void chooseAllTheirs() {
        chooseAll(Choice.theirs(), "review.desk.all-theirs-chosen");
    }

    private void chooseAll(Choice choice, String saidKey) {
        ReviewCase c = current.get();
        if (c == null || deciding.get()) {
            return;
        }
        Map<MergeField, Choice> chosen = choicesOf(c.item().id());
        DeskPreview.decisions(c.merge()).forEach(field -> chosen.put(field, choice));
        editing.set(null);
        update(c);
        status.info(messages.get(saidKey, c.item().signerName()));
    }

    /** Forgets the choice of the focused decision: it waits again. */
    public void clearChoice() {
        ReviewCase c = current.get();
        if (c != null && focused.get() != null && !deciding.get()) {
            choicesOf(c.item().id()).remove(focused.get());
            update(c);
        }
    }

    /** Opens the focused decision for typing; says why not for a value that is not a text. */
    public void startTyping() {
        MergeField field = focused.get();
        if (current.get() == null || field == null || deciding.get()) {
            return;
        }
        if (!typeable.contains(field)) {
            status.error(messages.describe(Problem.of(field.path(), "not-text")));
            return;
        }
        beforeTyping = choicesOf(current.get().item().id()).get(field);
        editing.set(field);
    }

    /** What the typing starts from: the value typed before, or this side's. */
    public String typingStart() {
        ReviewCase c = current.get();
        MergeField field = editing.get();
        if (c == null || field == null) {
            return "";
        }
        Choice chosen = choicesOf(c.item().id()).get(field);
        if (chosen instanceof Choice.Typed typed) {
            return typed.text();
        }
        Object value = DeskRows.valueOf(field, c.mine());
        return value == null ? "" : value.toString();
    }

    /**
     * Keeps a typed value for the decision being typed. A value the record may not hold stays typed,
     * with its problem on its line, and the typing stays open to correct it.
     *
     * @return whether the value was accepted
     */
    public boolean type(String text) {
        ReviewCase c = current.get();
        MergeField field = editing.get();
        if (c == null || field == null || deciding.get()) {
            return false;
        }
        choicesOf(c.item().id()).put(field, Choice.typed(text));
        update(c);
        Problem problem = preview.problems().get(field);
        if (problem != null) {
            status.error(messages.describe(problem));
            return false;
        }
        editing.set(null);
        focusNextUndecided(c, field);
        return true;
    }

    /** Closes the typing and puts back the choice made before it (a refused value typed meanwhile goes). */
    public void cancelTyping() {
        ReviewCase c = current.get();
        MergeField field = editing.get();
        if (c != null && field != null) {
            Map<MergeField, Choice> chosen = choicesOf(c.item().id());
            if (beforeTyping == null) {
                chosen.remove(field);
            } else {
                chosen.put(field, beforeTyping);
            }
            editing.set(null);
            update(c);
        }
        editing.set(null);
    }

    /** The problem of the value being typed, in the reader's language; null when none. */
    public String typingProblem() {
        MergeField field = editing.get();
        Problem problem = preview == null || field == null ? null : preview.problems().get(field);
        return problem == null ? null : messages.explain(problem);
    }

    /** Decides the item shown as chosen; says which decision is still open instead, and focuses it. */
    public void decide() {
        ReviewCase c = current.get();
        if (c == null || deciding.get()) {
            return;
        }
        Optional<Problem> missing = decisions.missing(preview);
        if (missing.isPresent()) {
            focused.set(preview.undecided().stream().findFirst()
                    .orElseGet(() -> preview.problems().keySet().iterator().next()));
            update(c);
            status.error(messages.describe(missing.get()));
            return;
        }
        long id = c.item().id();
        Map<MergeField, Choice> chosen = Map.copyOf(choicesOf(id));
        String note = comment.get() == null ? "" : comment.get().strip();
        DeskDecision.Kind kind = DeskDecision.kindOf(c, chosen);
        decidingIds.add(id);
        deciding.set(true);
        editing.set(null);
        writes.submit("decide review item", (p, cancel) -> DeskDecision.store(services.get(), id, kind, chosen, note),
                resolved -> {
                    decidingIds.remove(id);
                    status.info(decisions.said(c, kind, chosen, resolved));
                    decided(c);
                    onDecided.run();
                    refresh(); // a decision may close or change other items of the same record
                }, error -> {
                    decidingIds.remove(id);
                    if (Long.valueOf(id).equals(currentId)) {
                        deciding.set(false);
                    }
                    status.error(ErrorMessages.describe(messages, error));
                    if (DeskDecision.closedElsewhere(error)) {
                        refresh();
                    }
                });
    }

    /** The decided item leaves; the next one (read ahead already) comes. */
    private void decided(ReviewCase c) {
        long id = c.item().id();
        int index = indexOf(id);
        if (index >= 0) {
            items.remove(index);
        }
        forget(id);
        // The record changed: what another item of it said of "mine" is out of date.
        items.stream().filter(item -> item.sightingId().equals(c.item().sightingId())).map(ReviewItem::id)
                .toList().forEach(cases::remove);
        if (Long.valueOf(id).equals(currentId)) {
            currentId = null;
            show(items.isEmpty() ? null : items.get(Math.max(0, Math.min(index, items.size() - 1))).id());
        } else {
            position.set(indexOf(currentId) + 1);
        }
    }

    private void forget(long id) {
        cases.remove(id);
        choices.remove(id);
        comments.remove(id);
    }

    private void focusNextUndecided(ReviewCase c, MergeField after) {
        List<MergeField> order = decisionOrder();
        int from = order.indexOf(after);
        for (int i = 1; i <= order.size(); i++) {
            MergeField candidate = order.get((from + i) % order.size());
            if (preview.undecided().contains(candidate)) {
                focused.set(candidate);
                update(c);
                return;
            }
        }
    }

    private List<MergeField> decisionOrder() {
        return rows.stream().filter(DeskRow::decision).map(DeskRow::field).toList();
    }

    /** The decisions of a case in the order its lines show them (before the lines are made). */
    private static List<MergeField> decisionOrder(ReviewCase c) {
        Set<MergeField> decisions = new java.util.LinkedHashSet<>(DeskPreview.decisions(c.merge()));
        return DeskRows.fieldsOf(c, DeskPreview.of(c.merge(), Map.of()), decisions).stream()
                .filter(decisions::contains).toList();
    }

    private int indexOf(Long id) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void fail(Throwable error) {
        status.error(ErrorMessages.describe(messages, error));
    }
}
