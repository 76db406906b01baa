package org.contrechamp.ui.conflicts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.contrechamp.core.common.Problem;
import org.contrechamp.core.geo.GeoMath;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.SightingField;

/**
 * Lays one review case out as the desk's lines: what is to decide first, then what a side changed,
 * then what nobody changed (the context: what camera this is); within each, the record's state
 * (deleted or not), the fields in the form's order, then the extra tags by key. Fields known nowhere
 * are left out.
 */
final class DeskRows {

    private final Messages messages;
    private final DeskValues values;

    DeskRows(Messages messages) {
        this.messages = messages;
        this.values = new DeskValues(messages);
    }

    DeskValues values() {
        return values;
    }

    List<DeskRow> of(ReviewCase c, Map<MergeField, Choice> choices, DeskPreview preview, MergeField focused) {
        Set<MergeField> decisions = new LinkedHashSet<>(DeskPreview.decisions(c.merge()));
        List<DeskRow> rows = new ArrayList<>();
        for (MergeField field : fieldsOf(c, preview, decisions)) {
            rows.add(row(c, field, decisions.contains(field), choices.get(field), preview, field.equals(focused)));
        }
        return rows;
    }

    /** The rows' fields, in the order shown; every decision among them. */
    static List<MergeField> fieldsOf(ReviewCase c, DeskPreview preview, Set<MergeField> decisions) {
        Set<MergeField> fields = new LinkedHashSet<>();
        if (decisions.contains(MergeField.DELETION) || c.mine().deleted() || c.theirs().deleted()
                || c.base() != null && c.base().deleted()) {
            fields.add(MergeField.DELETION);
        }
        for (SightingField f : SightingField.values()) {
            // Local state (the street of this computer's area, the draft flag) never merges.
            if (f == SightingField.STREET || f == SightingField.DRAFT || f == SightingField.EXTRA_TAGS) {
                continue;
            }
            MergeField field = MergeField.of(f);
            if (decisions.contains(field) || c.changedMine().contains(field) || c.changedTheirs().contains(field)
                    || known(field, c.base()) || known(field, c.mine()) || known(field, c.theirs())) {
                fields.add(field);
            }
        }
        Set<String> keys = new TreeSet<>(c.mine().values().extraTags().keySet());
        keys.addAll(c.theirs().values().extraTags().keySet());
        keys.addAll(preview.version().values().extraTags().keySet());
        if (c.base() != null) {
            keys.addAll(c.base().values().extraTags().keySet());
        }
        keys.forEach(key -> fields.add(MergeField.extraTag(key)));
        fields.addAll(decisions); // whatever the core asks about is shown, known or not
        List<MergeField> ordered = new ArrayList<>();
        fields.stream().filter(decisions::contains).forEach(ordered::add);
        fields.stream().filter(f -> !decisions.contains(f) && changedBySomeone(c, f)).forEach(ordered::add);
        fields.stream().filter(f -> !decisions.contains(f) && !changedBySomeone(c, f)).forEach(ordered::add);
        return ordered;
    }

    private static boolean changedBySomeone(ReviewCase c, MergeField field) {
        return c.changedMine().contains(field) || c.changedTheirs().contains(field);
    }

    private DeskRow row(ReviewCase c, MergeField field, boolean decision, Choice choice, DeskPreview preview,
                        boolean focused) {
        boolean moot = preview.moot().contains(field);
        Problem problem = preview.problems().get(field);
        String merged;
        if (moot) {
            merged = messages.get("review.desk.moot");
        } else if (decision && choice == null) {
            merged = messages.get("review.desk.to-decide");
        } else if (problem != null && choice instanceof Choice.Typed typed) {
            merged = typed.text();
        } else {
            merged = values.format(field, valueOf(field, preview.version()));
        }
        return new DeskRow(field, values.label(field),
                c.base() == null ? messages.get("value.none") : values.format(field, valueOf(field, c.base())),
                values.format(field, valueOf(field, c.mine())), theirs(c, field), merged, change(c, field, decision),
                decision, choice, !moot, problem == null ? null : messages.explain(problem), focused);
    }

    /** Theirs' value; a position moved says how far from this side's. */
    private String theirs(ReviewCase c, MergeField field) {
        String text = values.format(field, valueOf(field, c.theirs()));
        if (field.equals(MergeField.of(SightingField.POSITION))) {
            Position mine = c.mine().values().position();
            Position theirs = c.theirs().values().position();
            double metres = GeoMath.distanceMeters(mine.latitude(), mine.longitude(), theirs.latitude(), theirs.longitude());
            if (metres >= 0.5) {
                text += "\n" + messages.get("review.desk.distance", Math.round(metres));
            }
        }
        return text;
    }

    private static DeskRow.Change change(ReviewCase c, MergeField field, boolean decision) {
        if (decision) {
            return c.item().kind() == ReviewKind.PROPOSAL ? DeskRow.Change.PROPOSED : DeskRow.Change.CONFLICT;
        }
        if (c.base() == null) {
            // Two creations: nothing "changed"; a value one side alone holds is that side's.
            Object m = valueOf(field, c.mine());
            Object t = valueOf(field, c.theirs());
            return Objects.equals(m, t) ? DeskRow.Change.SAME : !known(field, c.theirs()) ? DeskRow.Change.MINE
                    : DeskRow.Change.THEIRS;
        }
        boolean mine = c.changedMine().contains(field);
        boolean theirs = c.changedTheirs().contains(field);
        if (mine && theirs) {
            return DeskRow.Change.BOTH;
        }
        return mine ? DeskRow.Change.MINE : theirs ? DeskRow.Change.THEIRS : DeskRow.Change.SAME;
    }

    /** A field's value in one version, as a merge compares it. */
    static Object valueOf(MergeField field, Version version) {
        if (version == null) {
            return null;
        }
        if (field == MergeField.DELETION) {
            return version.deleted();
        }
        if (field instanceof MergeField.ExtraTag tag) {
            return version.values().extraTags().get(tag.key());
        }
        return ((MergeField.Plain) field).field().valueOf(version.values());
    }

    private static boolean known(MergeField field, Version version) {
        Object value = valueOf(field, version);
        return value != null && !(value instanceof List<?> list && list.isEmpty()) && !Objects.equals(value, "");
    }
}
