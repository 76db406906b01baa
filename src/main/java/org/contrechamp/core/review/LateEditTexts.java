package org.contrechamp.core.review;

import java.util.List;
import java.util.function.Function;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.provenance.DeskNames;

/**
 * A late edit of a merged record in the user's words, the same on the command line and in the
 * window: who edited the record after whom merged it into which record, what the edit changed, and
 * the two ways out.
 */
public final class LateEditTexts {

    private final Messages messages;
    private final DeskNames names;
    private final Function<java.util.UUID, String> recordName;

    /** @param recordName how the survivor is named (the window: its name; the command line: name and id) */
    public LateEditTexts(Messages messages, DeskNames names, Function<java.util.UUID, String> recordName) {
        this.messages = messages;
        this.names = names;
        this.recordName = recordName;
    }

    /** "Bob edited this sighting (note, model) after Coord merged it into “Camera · Dome · Rue Grimaldi”. …" */
    public String explain(LateEdit late) {
        return messages.get("review.late-edit.explain", names.key(late.editedBy()), names.key(late.mergedBy()),
                recordName.apply(late.survivor()), fields(late.edited()));
    }

    /** The survivor as named here. */
    public String survivor(LateEdit late) {
        return recordName.apply(late.survivor());
    }

    /** The fields the edit changed, by their labels: "Note, Model". */
    public String fields(List<MergeField> fields) {
        if (fields.isEmpty()) {
            return messages.get("value.none");
        }
        return String.join(", ", fields.stream().map(f -> f instanceof MergeField.ExtraTag tag
                ? messages.get("review.desk.tag", tag.key()) : messages.fieldLabel(f.path())).toList());
    }
}
