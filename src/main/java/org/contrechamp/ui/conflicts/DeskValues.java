package org.contrechamp.ui.conflicts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.contrechamp.core.duplicate.DecisionTags;
import org.contrechamp.core.duplicate.MergedInto;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.OsmValue;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.StreetAssignment;

/**
 * How the desk writes one value of one field, in the reader's language: labels for listed values,
 * dates and numbers through the locale, "—" for what is not known. The same text for the same value
 * in every column, so that a difference on screen is a difference in the record. The duplicates page
 * writes its values the same way.
 */
public final class DeskValues {

    private final Messages messages;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;

    public DeskValues(Messages messages) {
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
    }

    /** The user's name of what a row is about: a field's label, an extra tag's key, or the record itself. */
    String label(MergeField field) {
        if (field instanceof MergeField.ExtraTag tag) {
            // The decisions' own tags are said in words: a key holding a record id tells a person nothing.
            if (tag.key().equals(MergedInto.KEY)) {
                return messages.get("review.desk.tag.merged-into");
            }
            if (tag.key().startsWith(DecisionTags.DISTINCT_FROM)) {
                return messages.get("review.desk.tag.distinct-from", shortened(tag.key().substring(
                        DecisionTags.DISTINCT_FROM.length())));
            }
            return messages.get("review.desk.tag", tag.key());
        }
        return messages.fieldLabel(field.path());
    }

    /**
     * One value as {@link SightingField#valueOf} or a {@link org.contrechamp.core.merge.FieldConflict}
     * holds it; for {@link MergeField#DELETION}, whether that side is deleted.
     */
    public String format(MergeField field, Object value) {
        if (field == MergeField.DELETION) {
            return messages.get(Boolean.TRUE.equals(value) ? "review.desk.deleted" : "review.desk.exists");
        }
        if (value == null) {
            return messages.get("value.none");
        }
        if (field instanceof MergeField.ExtraTag tag && tag.key().equals(MergedInto.KEY)) {
            return messages.get("review.desk.id", shortened(String.valueOf(value)));
        }
        if (field instanceof MergeField.Plain plain && plain.field() == SightingField.PHOTOS) {
            return messages.get("review.photos", ((List<?>) value).size());
        }
        if (field instanceof MergeField.Plain plain && plain.field() == SightingField.TILT) {
            return messages.get("review.desk.degrees", value);
        }
        if (field instanceof MergeField.Plain plain && plain.field() == SightingField.HEIGHT) {
            return messages.get("review.desk.metres", value);
        }
        return formatValue(value);
    }

    /** A record id as the desk shows ids: its first eight characters. */
    private static String shortened(String id) {
        String text = id.strip();
        return text.length() > 8 ? text.substring(0, 8) : text;
    }

    private String formatValue(Object value) {
        if (value instanceof OsmValue listed) {
            return messages.get(listed.labelKey());
        }
        if (value instanceof Position p) {
            String where = messages.get("review.desk.position", p.latitude(), p.longitude());
            String source = p.source() == null ? "" : " · " + messages.get(p.source().labelKey());
            String accuracy = p.accuracyMeters() == null ? "" : " " + messages.get("review.desk.accuracy", p.accuracyMeters());
            return where + source + accuracy;
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return messages.get("value.none");
            }
            if (list.get(0) instanceof Direction) {
                return org.contrechamp.core.sighting.DirectionParser.readable(
                        list.stream().map(Direction.class::cast).toList());
            }
            return String.valueOf(list.size());
        }
        if (value instanceof LocalDate date) {
            return dates.format(date);
        }
        if (value instanceof Instant instant) {
            return times.format(instant);
        }
        if (value instanceof StreetAssignment street) {
            return street.name();
        }
        if (value instanceof Boolean yes) {
            return messages.get(yes ? "review.desk.yes" : "review.desk.no");
        }
        return org.contrechamp.core.common.VisibleSpaces.of(value.toString());
    }
}
