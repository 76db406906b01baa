package org.contrechamp.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.MergeResult;
import org.contrechamp.core.merge.ThreeWayMerge;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

/** Which decisions the desk still asks for, and which the record's deletion makes moot. */
class DeskPreviewTest {

    private static final Sighting BASE = Sighting.newAt(Position.manual(48.85, 2.35)).operator("Ville de Paris").build();
    private static final MergeField OPERATOR = MergeField.of(SightingField.OPERATOR);

    @Test
    void aDeletionChosenMakesTheFieldsMoot() {
        MergeResult merge = ThreeWayMerge.merge(Version.of(BASE), Version.deleted(BASE),
                Version.of(BASE.toBuilder().operator("SNCF").build()));

        DeskPreview chosen = DeskPreview.of(merge, Map.of(MergeField.DELETION, Choice.mine()));

        assertThat(chosen.ready()).isTrue();
        assertThat(chosen.version().deleted()).isTrue();
    }

    @Test
    void twoTombstonesThatDifferStillAskForTheField() {
        MergeResult merge = ThreeWayMerge.merge(Version.of(BASE),
                Version.deleted(BASE.toBuilder().operator("RATP").build()),
                Version.deleted(BASE.toBuilder().operator("SNCF").build()));

        DeskPreview none = DeskPreview.of(merge, Map.of());
        DeskPreview chosen = DeskPreview.of(merge, Map.of(OPERATOR, Choice.theirs()));

        assertThat(none.moot()).isEmpty();
        assertThat(none.undecided()).containsExactly(OPERATOR);
        assertThat(none.ready()).isFalse();
        assertThat(chosen.ready()).isTrue();
        assertThat(chosen.version().values().operator()).isEqualTo("SNCF");
    }
}
