package org.contrechamp.cli;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.provenance.DeskNames;
import org.contrechamp.core.review.LateEdit;
import org.contrechamp.core.review.LateEditTexts;
import org.contrechamp.core.review.LateEdits;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.workspace.Workspace;

/**
 * How {@code conflicts list} and {@code conflicts show} say a late edit of a merged record: in words
 * under the item's line (who edited it after whom merged it into which record, and the two commands
 * that decide it), and as a {@code lateEdit} object in the JSON.
 */
final class LateEditsSaid {

    /** Says nothing more of any item (proposals). */
    static final LateEditsSaid NONE = new LateEditsSaid(null, null, null, null);

    private final LateEdits lateEdits;
    private final DeskNames names;
    private final LateEditTexts texts;
    private final Messages messages;

    private LateEditsSaid(LateEdits lateEdits, DeskNames names, LateEditTexts texts, Messages messages) {
        this.lateEdits = lateEdits;
        this.names = names;
        this.texts = texts;
        this.messages = messages;
    }

    static LateEditsSaid of(Workspace workspace, Messages messages) {
        DeskNames names = workspace.provenance().names(messages);
        // The survivor by name and by the id the other commands take.
        return new LateEditsSaid(workspace.lateEdits(), names,
                new LateEditTexts(messages, names, id -> names.record(id) + " (" + id + ")"), messages);
    }

    private Optional<LateEdit> of(ReviewItem item) {
        return lateEdits == null ? Optional.empty() : lateEdits.of(item.id());
    }

    /** The sentence and the commands, indented under the item. */
    void explain(CliContext context, ReviewItem item) {
        of(item).ifPresent(late -> {
            context.out().println("    " + texts.explain(late));
            context.out().println("    " + messages.get("cli.review.late-edit.how", item.id(), late.survivor()));
        });
    }

    /** {@code o} with a {@code lateEdit} member when the item is one. */
    ObjectNode json(ObjectNode o, ReviewItem item) {
        of(item).ifPresent(late -> {
            ObjectNode l = o.putObject("lateEdit");
            l.put("mergedInto", late.survivor().toString());
            l.put("mergedIntoName", names.record(late.survivor()));
            l.put("mergedBy", late.mergedBy());
            l.put("mergedByName", names.key(late.mergedBy()));
            l.put("editedBy", late.editedBy());
            l.put("editedByName", names.key(late.editedBy()));
            l.put("tombstoneHeldHere", late.tombstoneIsMine());
            var fields = l.putArray("fields");
            late.edited().forEach(f -> fields.add(org.contrechamp.core.merge.FieldValues.name(f)));
        });
        return o;
    }
}
