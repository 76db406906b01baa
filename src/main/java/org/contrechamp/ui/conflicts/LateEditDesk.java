package org.contrechamp.ui.conflicts;

import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.provenance.DeskNames;
import org.contrechamp.core.review.LateEdit;
import org.contrechamp.core.review.LateEditTexts;
import org.contrechamp.core.review.LateEdits;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskRunner;

/**
 * The conflicts desk's view of a late edit of a merged record (docs/adr/0054): when the item shown is
 * one, what to say instead of "deleted against edited" (merged into which record, by whom, what the
 * edit changed), and its two decisions, each in the background: the edit goes to the survivor, or is
 * discarded. Kept apart from {@link ConflictsViewModel}, which decides field by field.
 */
public final class LateEditDesk {

    /** A late edit as the desk says it. */
    public record Said(long item, String explanation, String survivor) {
    }

    private final Supplier<LateEdits> lateEdits;
    private final Supplier<DeskNames> names;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StatusLine status;
    private final Runnable afterDecision;
    private final ReadOnlyObjectWrapper<Said> said = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper deciding = new ReadOnlyBooleanWrapper();
    private long shown = -1;

    /**
     * @param lateEdits     asked in the background; null, or a supplier giving null, gives nothing to say (a
     *                      desk without them)
     * @param afterDecision on the FX thread once a decision is stored (the desk reads its queue again)
     */
    public LateEditDesk(Supplier<LateEdits> lateEdits, Supplier<DeskNames> names, TaskRunner tasks, Messages messages,
            StatusLine status, Runnable afterDecision) {
        this.lateEdits = lateEdits;
        this.names = names;
        this.tasks = tasks;
        this.messages = messages;
        this.status = status;
        this.afterDecision = afterDecision;
    }

    /** The late edit of the item shown, worded; null when the item is no late edit. */
    public ReadOnlyObjectProperty<Said> saidProperty() {
        return said.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty decidingProperty() {
        return deciding.getReadOnlyProperty();
    }

    /** Looks in the background whether the case shown is a late edit; a later case replaces it. */
    public void show(ReviewCase c) {
        said.set(null);
        if (c == null || lateEdits == null) {
            shown = -1;
            return;
        }
        long id = c.item().id();
        shown = id;
        tasks.submit("late edit", (progress, cancellation) -> java.util.Optional.ofNullable(lateEdits.get())
                .flatMap(found -> found.of(c)).map(late -> {
            DeskNames n = names.get();
            LateEditTexts texts = new LateEditTexts(messages, n, n::record);
            return new Said(id, texts.explain(late), texts.survivor(late));
        }).orElse(null), found -> {
            if (shown == id) {
                said.set(found);
            }
        }, error -> status.error(ErrorMessages.describe(messages, error)));
    }

    /** The edit goes to the record the camera lives on in; the merged record stays merged. */
    public void applyToSurvivor(String comment) {
        decide(true, comment);
    }

    /** The edit is dropped; the merged record stays merged. */
    public void discard(String comment) {
        decide(false, comment);
    }

    private void decide(boolean apply, String comment) {
        Said now = said.get();
        if (now == null || deciding.get()) {
            return;
        }
        deciding.set(true);
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        tasks.submit("decide late edit", (progress, cancellation) -> {
            LateEdits.Decided done = apply ? lateEdits.get().applyToSurvivor(now.item(), note)
                    : lateEdits.get().discard(now.item(), note);
            LateEditTexts texts = new LateEditTexts(messages, names.get(), id -> now.survivor());
            return apply ? messages.get("review.late-edit.applied", now.survivor(), texts.fields(done.applied()))
                    : messages.get("review.late-edit.discarded", now.survivor());
        }, text -> {
            deciding.set(false);
            said.set(null);
            status.info(text);
            afterDecision.run();
        }, error -> {
            deciding.set(false);
            status.error(ErrorMessages.describe(messages, error));
        });
    }
}
