package org.contrechamp.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.area.ZonedTown;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics of a real data directory: the inventory's zones, its refusal of unknown zones, no area at all. */
class StatsServiceTest {

    @TempDir
    Path dir;

    private static Statistics compute(Workspace w, String zone) {
        return StatsService.of(w).compute(zone, Locale.ENGLISH, LocalDate.of(2026, 6, 1), Cancellation.NEVER);
    }

    @Test
    void anEmptyDataDirectoryWithoutAreaCountsNothingWithoutError() {
        try (Workspace w = LocalWorkspace.open(dir)) {
            Statistics s = compute(w, null);

            assertThat(s.empty()).isTrue();
            assertThat(s.scope()).isNull();
            assertThat(StatsTables.of(s, Messages.forLocale(Locale.ENGLISH))).allMatch(t -> t.rows().isEmpty());
        }
    }

    @Test
    void withoutAnAreaTheCamerasStillCountByKindButAZoneCannotBeAskedFor() {
        try (Workspace w = LocalWorkspace.open(dir)) {
            w.sightings().create(Sighting.newAt(Position.manual(48.853, 2.303)).kind(Kind.ALPR).build());

            assertThat(compute(w, null).by(StatsDimension.KIND)).containsExactly(new Tally("ALPR", "value.kind.ALPR", 1));
            assertThatThrownBy(() -> compute(w, "2e")).isInstanceOf(DataUnavailableException.class);
        }
    }

    @Test
    void theZonesAreTheInventorysAndAZoneThatNamesNothingIsRefusedWithTheZonesThereAre() throws Exception {
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            w.area().importFile(ZonedTown.create().write(dir.resolve("saint-oeuf.osm")), Progress.NONE, Cancellation.NEVER);
            w.sightings().create(Sighting.newAt(Position.manual(48.853, 2.303)).kind(Kind.CAMERA).build());
            w.sightings().create(Sighting.newAt(Position.manual(48.858, 2.315)).kind(Kind.CAMERA).build());
            w.sightings().create(Sighting.newAt(Position.manual(48.858, 2.316)).kind(Kind.CAMERA).draft(true).build());

            Statistics all = compute(w, null);
            assertThat(all.cameras()).isEqualTo(2);
            assertThat(all.by(StatsDimension.ZONE)).extracting(Tally::value).containsExactlyInAnyOrder("1er", "2e");
            assertThat(compute(w, "2E").cameras()).isEqualTo(1);
            assertThatThrownBy(() -> compute(w, "Nulle part")).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(Messages.forLocale(Locale.ENGLISH)
                            .describe(((InvalidInputException) e).problems().get(0))).contains("“Nulle part”").contains("2e"));
        }
    }
}
