package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.area.ZonedTown;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --zone}: the area's boundaries and postal codes, as the inventory lists them, then streets. */
class ExportZoneTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void townWithACameraInEachArrondissement() throws IOException {
        try (Workspace w = LocalWorkspace.open(dir.resolve("data"))) {
            w.area().importFile(ZonedTown.create().write(dir.resolve("saint-oeuf.osm")), Progress.NONE, Cancellation.NEVER);
            w.sightings().create(Sighting.newAt(Position.manual(48.853, 2.303)).kind(Kind.CAMERA).note("west").build());
            w.sightings().create(Sighting.newAt(Position.manual(48.858, 2.315)).kind(Kind.CAMERA).note("east").build());
        }
    }

    @Test
    void anAdministrativeZoneOrAPostalCodeKeepsTheCamerasInsideIt() throws IOException {
        assertThat(exported("2E")).contains("east").doesNotContain("west");
        assertThat(exported("les halles")).contains("west").doesNotContain("east");
        assertThat(exported("75001")).contains("west").doesNotContain("east");
        assertThat(exported("Saint-Oeuf")).contains("west").contains("east");
    }

    @Test
    void aNameNoZoneNorStreetHasIsRefusedAndNothingIsWritten() {
        Path out = dir.resolve("none.csv");

        assertThat(run("export", "--format", "csv", "--out", out.toString(), "--zone", "Nulle part")).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("“Nulle part”").contains("Nothing was written");
        assertThat(Files.exists(out)).isFalse();
    }

    private String exported(String zone) throws IOException {
        Path out = dir.resolve("zone.csv");
        assertThat(run("export", "--format", "csv", "--out", out.toString(), "--zone", zone))
                .as("export --zone %s: %s", zone, err.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);
        return Files.readString(out);
    }

    private int run(String... args) {
        err.reset();
        CliContext context = new CliContext(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLocale(Locale.ENGLISH),
                explicit -> LocalWorkspace.open(dir.resolve("data")));
        return Cli.run(context, args);
    }
}
