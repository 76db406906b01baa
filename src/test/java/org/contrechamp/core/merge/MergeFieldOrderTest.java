package org.contrechamp.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

/**
 * Fields are listed in one order on every run (a set's own order changes from one start of the JVM to
 * the next): the record itself, the sighting's fields as declared, extra tags by key.
 */
class MergeFieldOrderTest {

    @Test
    void fieldsSortTheSameWhateverTheSetTheyCameIn() {
        Set<MergeField> fields = Set.of(MergeField.extraTag("surveillance:zone"), MergeField.of(SightingField.OPERATOR),
                MergeField.extraTag("camera:mount"), MergeField.DELETION, MergeField.of(SightingField.POSITION),
                MergeField.of(SightingField.PHOTOS));
        TreeSet<MergeField> sorted = new TreeSet<>(MergeField.ORDER);
        sorted.addAll(fields);

        assertThat(new ArrayList<>(sorted)).containsExactly(MergeField.DELETION, MergeField.of(SightingField.POSITION),
                MergeField.of(SightingField.OPERATOR), MergeField.of(SightingField.PHOTOS),
                MergeField.extraTag("camera:mount"), MergeField.extraTag("surveillance:zone"));
    }

    @Test
    void theOrderTellsApartWhatEqualsTellsApart() {
        List<MergeField> all = List.of(MergeField.DELETION, MergeField.of(SightingField.NOTE),
                MergeField.extraTag("a"), MergeField.extraTag("b"));
        for (MergeField a : all) {
            for (MergeField b : all) {
                assertThat(MergeField.ORDER.compare(a, b) == 0).isEqualTo(a.equals(b));
            }
        }
    }
}
