package org.contrechamp.core.duplicate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * What a merge makes of two records, as pure functions. The older record survives (docs/adr/0048):
 * it is the one others have held longest, linked and printed, and the choice does not depend on the
 * order in which a person named them, so two coordinators merging the same pair make the same
 * survivor. The survivor keeps its own values and takes the other's where its own are empty, and both
 * photo sets, its own first.
 */
public final class DuplicateMerge {

    /** Fields a merge never fills from the other record: they are the survivor's own by nature. */
    private static final Set<SightingField> OWN = EnumSet.of(SightingField.POSITION, SightingField.KIND,
            SightingField.STATUS, SightingField.DRAFT, SightingField.STREET, SightingField.PHOTOS,
            SightingField.EXTRA_TAGS);

    private DuplicateMerge() {
    }

    /** The older of the two (created first; of two created at once, the smaller id). */
    public static UUID survivorOf(Sighting a, Sighting b) {
        if (a.createdAt() != null && b.createdAt() != null && !a.createdAt().equals(b.createdAt())) {
            return a.createdAt().isBefore(b.createdAt()) ? a.id() : b.id();
        }
        if (a.createdAt() != null && b.createdAt() == null) {
            return a.id();
        }
        if (b.createdAt() != null && a.createdAt() == null) {
            return b.id();
        }
        return DuplicatePair.compare(a.id(), b.id()) <= 0 ? a.id() : b.id();
    }

    /** The survivor's values after the merge. */
    public static Sighting merged(Sighting survivor, Sighting loser) {
        Sighting.Builder b = survivor.toBuilder();
        for (SightingField field : SightingField.values()) {
            if (!OWN.contains(field) && isEmpty(field.valueOf(survivor)) && !isEmpty(field.valueOf(loser))) {
                field.copy(loser, b);
            }
        }
        List<String> photos = new ArrayList<>(survivor.photos());
        for (String photo : loser.photos()) {
            if (!photos.contains(photo)) {
                photos.add(photo);
            }
        }
        b.photos(photos);
        for (Map.Entry<String, String> tag : loser.extraTags().entrySet()) {
            if (!survivor.extraTags().containsKey(tag.getKey()) && !tag.getKey().equals(MergedInto.KEY)) {
                b.extraTag(tag.getKey(), tag.getValue());
            }
        }
        return b.build();
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof Map<?, ?> m && m.isEmpty());
    }
}
