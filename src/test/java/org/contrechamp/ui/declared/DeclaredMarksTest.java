package org.contrechamp.ui.declared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.contrechamp.core.declared.DeclaredComparison;
import org.contrechamp.core.declared.DeclaredSite;
import org.contrechamp.core.declared.GeoPoint;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;

/** What the declared layer of the window's map draws, from one comparison. */
class DeclaredMarksTest {

    private static DeclaredSite site(String key, GeoPoint listed, int cameras) {
        return new DeclaredSite(key, 2, "Rue A, Rue B", null, null, cameras, null, listed, null, null);
    }

    @Test
    void aSiteWithACameraNotFoundIsNotFoundEvenIfAnotherWasSeenAndUnplacedSitesAreCounted() {
        Sighting near = Sighting.newAt(Position.manual(48.0, 2.0)).build();
        Sighting extra = Sighting.newAt(Position.manual(48.1, 2.1)).build();
        DeclaredSite two = site("S2", new GeoPoint(48.0, 2.0), 2);
        DeclaredSite one = site("S1", new GeoPoint(48.01, 2.0), 1);
        DeclaredSite nowhere = site("S0", null, 1);
        DeclaredComparison c = new DeclaredComparison(30, List.of(new DeclaredComparison.Seen(two, near, 3)),
                List.of(new DeclaredComparison.NotFound(two, 1, 5.0), new DeclaredComparison.NotFound(one, 1, null),
                        new DeclaredComparison.NotFound(nowhere, 1, null)),
                List.of(new DeclaredComparison.NotDeclared(extra, one, 900.0)));
        DeclaredMarks marks = DeclaredMarks.of(c);
        assertThat(marks.marks()).extracting(DeclaredMarks.Mark::key, DeclaredMarks.Mark::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S2", DeclaredMarks.Status.NOT_FOUND),
                        org.assertj.core.groups.Tuple.tuple("S1", DeclaredMarks.Status.NOT_FOUND),
                        org.assertj.core.groups.Tuple.tuple(extra.id().toString(), DeclaredMarks.Status.NOT_DECLARED));
        assertThat(marks.notPlaced()).isEqualTo(1);
        assertThat(marks.unsure()).as("listed coordinates are sure").isZero();
    }
}
