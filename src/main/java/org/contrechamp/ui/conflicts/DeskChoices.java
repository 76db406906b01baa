package org.contrechamp.ui.conflicts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.TypedValues;
import org.contrechamp.core.review.ReviewCase;

/**
 * What the person chose and wrote for each item, kept while they move back and forth through the
 * queue (a coordinator often looks at the next item before deciding this one), and the choice a line
 * had before a value was typed into it, so that Esc puts it back.
 */
final class DeskChoices {

    private final Map<Long, Map<MergeField, Choice>> choices = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();
    private Choice beforeTyping;

    /** The choices made for an item, to read and change. */
    Map<MergeField, Choice> of(long id) {
        return choices.computeIfAbsent(id, k -> new LinkedHashMap<>());
    }

    String comment(long id) {
        return comments.getOrDefault(id, "");
    }

    void comment(long id, String text) {
        comments.put(id, text);
    }

    /** Forgets an item (decided, gone, or changed since it was read). */
    void forget(long id) {
        choices.remove(id);
        comments.remove(id);
    }

    /** Forgets every item but those still open. */
    void keepOnly(Set<Long> open) {
        choices.keySet().retainAll(open);
        comments.keySet().retainAll(open);
    }

    void typingStarts(long id, MergeField field) {
        beforeTyping = of(id).get(field);
    }

    /** Puts back the choice the line had before the typing began. */
    void typingCancelled(long id, MergeField field) {
        if (beforeTyping == null) {
            of(id).remove(field);
        } else {
            of(id).put(field, beforeTyping);
        }
        beforeTyping = null;
    }

    /**
     * What typing starts from: the value typed before, or this side's; where this side has none (a
     * field the other side alone fills in), the other side's, a text to correct rather than an empty box.
     */
    String typingStart(ReviewCase c, MergeField field) {
        if (of(c.item().id()).get(field) instanceof Choice.Typed typed) {
            return typed.text();
        }
        String mine = c.mine() == null ? "" : TypedValues.textOf(field, c.mine().values());
        if (!mine.isBlank() || c.theirs() == null) {
            return mine;
        }
        return TypedValues.textOf(field, c.theirs().values());
    }
}
