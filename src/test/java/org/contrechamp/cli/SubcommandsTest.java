package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the command asked for is built; anything else gets every command, for complete help. */
class SubcommandsTest {

    @Test
    void aNamedCommandIsBuiltAlone() {
        assertThat(Subcommands.needed("import", "--dry-run", "x")).containsExactly(ImportCommand.class);
        assertThat(Subcommands.needed("--data", "dir", "import", "x")).containsExactly(ImportCommand.class);
        assertThat(Subcommands.needed("--data=dir", "sightings", "list")).containsExactly(SightingsCommand.class);
    }

    @Test
    void helpVersionNothingOrAMisspeltNameGetEveryCommand() {
        assertThat(Subcommands.needed()).isEqualTo(RootCommand.SUBCOMMANDS);
        assertThat(Subcommands.needed("--help")).isEqualTo(RootCommand.SUBCOMMANDS);
        assertThat(Subcommands.needed("-V")).isEqualTo(RootCommand.SUBCOMMANDS);
        assertThat(Subcommands.needed("imprt", "x")).isEqualTo(RootCommand.SUBCOMMANDS);
        assertThat(Subcommands.needed("--data", "import")).isEqualTo(RootCommand.SUBCOMMANDS);
    }
}
