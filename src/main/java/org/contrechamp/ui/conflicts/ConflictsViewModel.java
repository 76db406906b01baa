package org.contrechamp.ui.conflicts;

import java.util.HashSet;
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
import org.contrechamp.core.merge.Version;
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
    private final DeskQueue queue;
    private final SerialTasks writes;
    private final Messages messages;
    private final StatusLine status;
    private final Runnable onDecided;
    private final DeskRows layout;
    private final DeskDecision decisions;
    /** Who created a record (read in the background); null where unknown, and nothing is then said. */
    private java.util.function.Function<java.util.UUID, org.contrechamp.core.provenance.Person> authorOf = id -> null;
    private final ObservableList<DeskRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReviewCase> current = new ReadOnlyObjectWrapper<>();
    /** The record as it would be stored with the choices made so far (typed values included); null with no item. */
    private final ReadOnlyObjectWrapper<Version> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(0);
    /** Items decided since the desk opened: the queue shrinks as they leave, so its place alone seems to stand still. */
    private final ReadOnlyIntegerWrapper decidedCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper deciding = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<MergeField> focused = new ReadOnlyObjectWrapper<>();
    /** Whether a value may be typed for the decision the keys act on (a text field, not a position). */
    private final ReadOnlyBooleanWrapper focusedTypeable = new ReadOnlyBooleanWrapper();
    /** The last refusal of typing said in the status line: it is about its item only. */
    private String refusalSaid;
    private final ReadOnlyObjectWrapper<MergeField> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final DeskChoices choices = new DeskChoices();
    private final Set<Long> decidingIds = new HashSet<>();
    private Long currentId;
    private DeskPreview preview;
    private Set<MergeField> typeable = Set.of();

    /**
     * @param services  the review queue; it may give null (no queue in this data directory): the desk
     *                  is then empty. Asked in the background only.
     * @param onDecided called on the UI thread after a decision was stored (the record changed)
     */
    public ConflictsViewModel(Supplier<ReviewService> services, TaskRunner tasks, Messages messages,
            StatusLine status, Runnable onDecided) {
        this.services = services;
        this.queue = new DeskQueue(services, tasks);
        this.writes = new SerialTasks(tasks);
        this.messages = messages;
        this.status = status;
        this.onDecided = onDecided;
        this.layout = new DeskRows(messages);
        this.decisions = new DeskDecision(messages);
        // The case's typeable fields are known before its first line is focused (display).
        focused.addListener((obs, was, is) -> focusedTypeable.set(is != null && typeable.contains(is)));
        comment.addListener((obs, was, is) -> {
            if (currentId != null) {
                choices.comment(currentId, is);
            }
        });
    }

    public ObservableList<ReviewItem> items() {
        return queue.items();
    }

    /** The lines of the item shown, field by field. */
    public ObservableList<DeskRow> rows() {
        return rows;
    }

    /** The item shown; null while the queue is empty or its case is being read. */
    public ReadOnlyObjectProperty<ReviewCase> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The record as it would be stored with the choices made so far; null while no item is shown. */
    public ReadOnlyObjectProperty<Version> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** 1-based place of the item shown in the queue; 0 when there is none. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** How many items were decided at this desk since it opened. */
    public ReadOnlyIntegerProperty decidedCountProperty() {
        return decidedCount.getReadOnlyProperty();
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

    /** Whether the decision in focus takes a typed value (E): false for positions, directions, deletion. */
    public ReadOnlyBooleanProperty focusedTypeableProperty() {
        return focusedTypeable.getReadOnlyProperty();
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
        queue.refresh(stale -> {
            stale.forEach(this::forget);
            Set<Long> open = new HashSet<>();
            items().forEach(item -> open.add(item.id()));
            choices.keepOnly(open);
            loaded.set(true);
            show(currentId != null && open.contains(currentId) ? currentId
                    : items().isEmpty() ? null : items().get(0).id());
        }, this::fail);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int by) {
        if (items().isEmpty()) {
            return;
        }
        int index = Math.max(0, queue.indexOf(currentId));
        show(items().get(Math.max(0, Math.min(items().size() - 1, index + by))).id());
    }

    /** Shows an item: at once when its case was read ahead, else as soon as it is read. */
    private void show(Long id) {
        boolean same = id != null && id.equals(currentId);
        currentId = id;
        int index = queue.indexOf(id);
        position.set(index + 1);
        if (id == null) {
            preview = null;
            result.set(null);
            current.set(null);
            rows.clear();
            loading.set(false);
            return;
        }
        Optional<ReviewCase> known = queue.known(id);
        if (known.isPresent()) {
            display(known.get(), same && known.get().equals(current.get()));
        } else {
            loading.set(true);
            current.set(null);
            rows.clear();
            queue.fetch(id, reader);
        }
        queue.readAround(index, reader);
    }

    /** What a case read in the background does: shown if it is the one waited for. */
    private final DeskQueue.Reader reader = new DeskQueue.Reader() {
        @Override
        public void read(ReviewCase found) {
            if (Long.valueOf(found.item().id()).equals(currentId)) {
                display(found, false);
            }
        }

        @Override
        public void gone(long id) {
            int index = queue.indexOf(id);
            queue.remove(id);
            forget(id);
            if (Long.valueOf(id).equals(currentId)) {
                status.info(messages.get("review.desk.gone"));
                currentId = null;
                show(items().isEmpty() ? null : items().get(Math.min(index, items().size() - 1)).id());
            }
        }

        @Override
        public void failed(long id, Throwable error) {
            if (Long.valueOf(id).equals(currentId)) {
                loading.set(false);
                fail(error);
            }
        }
    };

    /** @param again the same case shown anew (after a refresh): the focus and the typing stay */
    private void display(ReviewCase c, boolean again) {
        loading.set(false);
        if (!again) {
            forgetRefusal();
            typeable = DeskPreview.typeable(c.merge());
            editing.set(null);
            comment.set(choices.comment(c.item().id()));
            focused.set(null);
        }
        preview = DeskPreview.of(c.merge(), choices.of(c.item().id()));
        if (focused.get() == null) {
            List<MergeField> order = decisionOrder(c);
            focused.set(order.stream().filter(preview.undecided()::contains).findFirst()
                    .orElse(order.isEmpty() ? null : order.get(0)));
        }
        // The item first, its lines after: the view lays the lines out once, under the right headings.
        current.set(c);
        update(c);
    }

    /**
     * Another item in view, or a refused value corrected or given up: the refusal, still in red, would
     * read as being about what is shown now. Anything said since (a decision's report) stays.
     */
    private void forgetRefusal() {
        if (refusalSaid != null && refusalSaid.equals(status.textProperty().get())) {
            status.info("");
        }
        refusalSaid = null;
    }

    private void update(ReviewCase c) {
        Map<MergeField, Choice> chosen = choices.of(c.item().id());
        preview = DeskPreview.of(c.merge(), chosen);
        result.set(preview.version());
        rows.setAll(layout.of(c, chosen, preview, focused.get()));
        ready.set(preview.ready());
        deciding.set(decidingIds.contains(c.item().id()));
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
        choices.of(c.item().id()).put(field, choice);
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
        Map<MergeField, Choice> chosen = choices.of(c.item().id());
        DeskPreview.decisions(c.merge()).forEach(field -> chosen.put(field, choice));
        editing.set(null);
        update(c);
        status.info(messages.get(saidKey, c.item().signerName()));
    }

    /** Forgets the choice of the focused decision: it waits again. */
    public void clearChoice() {
        ReviewCase c = current.get();
        if (c != null && focused.get() != null && !deciding.get()) {
            choices.of(c.item().id()).remove(focused.get());
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
            // Said as what to press, not "is not a text": a coordinator wanting a third value is told where.
            refusalSaid = messages.describe(Problem.of(field.path(), "desk-not-typeable"));
            status.error(refusalSaid);
            return;
        }
        choices.typingStarts(current.get().item().id(), field);
        editing.set(field);
    }

    /** What the typing starts from: the value typed before, or this side's, or else the other side's. */
    public String typingStart() {
        ReviewCase c = current.get();
        MergeField field = editing.get();
        return c == null || field == null ? "" : choices.typingStart(c, field);
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
        choices.of(c.item().id()).put(field, Choice.typed(text));
        update(c);
        Problem problem = preview.problems().get(field);
        if (problem != null) {
            refusalSaid = messages.describe(problem);
            status.error(refusalSaid);
            return false;
        }
        forgetRefusal(); // corrected: the red line about the value refused would now be wrong
        editing.set(null);
        focusNextUndecided(c, field);
        return true;
    }

    /** Closes the typing and puts back the choice made before it (a refused value typed meanwhile goes). */
    public void cancelTyping() {
        ReviewCase c = current.get();
        MergeField field = editing.get();
        editing.set(null);
        forgetRefusal(); // the value refused is gone with the typing
        if (c != null && field != null) {
            choices.typingCancelled(c.item().id(), field);
            update(c);
        }
    }

    /**
     * Says, after a decision on a record someone else created, that elsewhere it travels as a proposal
     * unless this key is trusted there as a coordinator's, as the command line does.
     */
    public void sayWhoseRecord(java.util.function.Function<java.util.UUID, org.contrechamp.core.provenance.Person> authorOf) {
        this.authorOf = authorOf;
    }

    /** A decision stored, and the author of its record. */
    private record Stored(org.contrechamp.core.review.Resolved resolved, org.contrechamp.core.provenance.Person author) {
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
        Map<MergeField, Choice> chosen = Map.copyOf(choices.of(id));
        String note = comment.get() == null ? "" : comment.get().strip();
        DeskDecision.Kind kind = DeskDecision.kindOf(c, chosen);
        decidingIds.add(id);
        deciding.set(true);
        editing.set(null);
        java.util.function.Function<java.util.UUID, org.contrechamp.core.provenance.Person> authors = authorOf;
        writes.submit("decide review item", (p, cancel) -> new Stored(DeskDecision.store(services.get(), id, kind, chosen,
                        note), authors.apply(c.item().sightingId())),
                stored -> {
                    decidingIds.remove(id);
                    status.info(decisions.said(c, kind, chosen, stored.resolved(), stored.author()));
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
        decidedCount.set(decidedCount.get() + 1);
        long id = c.item().id();
        int index = queue.indexOf(id);
        queue.remove(id);
        forget(id);
        queue.forgetCasesOf(c.item().sightingId());
        if (Long.valueOf(id).equals(currentId)) {
            currentId = null;
            show(items().isEmpty() ? null : items().get(Math.max(0, Math.min(index, items().size() - 1))).id());
        } else {
            position.set(queue.indexOf(currentId) + 1);
        }
    }

    private void forget(long id) {
        choices.forget(id);
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

    private void fail(Throwable error) {
        status.error(ErrorMessages.describe(messages, error));
    }
}
