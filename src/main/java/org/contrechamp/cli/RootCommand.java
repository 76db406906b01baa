package org.contrechamp.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.contrechamp.core.common.Problem;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code contrechamp [--data DIR] COMMAND}: the root of every command. Its subcommands are not
 * named in the annotation but in {@link #SUBCOMMANDS}, so that {@link Cli} can build only the one
 * a command line asks for (see {@link Cli#run}).
 */
@Command(name = "contrechamp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true)
final class RootCommand implements Runnable {

    /** Every subcommand, in the order the usage help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(SightingsCommand.class, ImportCommand.class, ExportCommand.class, AreaCommand.class,
            TilesCommand.class, IdentityCommand.class, TrustCommand.class, RepoCommand.class, SyncCommand.class,
            BundleCommand.class, ConflictsCommand.class, ProposalsCommand.class, DeskCommand.class, DecisionsCommand.class, DuplicatesCommand.class,
            AuditCommand.class, ProvenanceCommand.class, VolunteersCommand.class, DeclaredCommand.class,
            InventoryCommand.class, CoverageCommand.class, StatsCommand.class,
            DoctorCommand.class);

    private final CliContext context;

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "option.data")
    Path dataDirectory;

    RootCommand(CliContext context) {
        this.context = context;
    }

    /** Opens the data directory the user named (or the default one), and says on stderr what to know about it. */
    Workspace openWorkspace() {
        boolean startsNew = startsNew();
        return warned(context.workspaceOpener().apply(dataDirectory), startsNew);
    }

    /**
     * Opens the data directory for a command that only reads it: a read-only directory, or one another
     * Contrechamp is using, opens to look at (stderr says so), where {@link #openWorkspace} refuses it.
     */
    Workspace openWorkspaceToRead() {
        boolean startsNew = startsNew();
        return warned(context.workspaceReader().apply(dataDirectory), startsNew);
    }

    /**
     * Whether the directory named by {@code --data} is missing or empty, so that opening it starts a
     * new data directory: a mistyped path would otherwise show an empty campaign and say nothing, and
     * what the user records next would land beside the data they meant.
     */
    private boolean startsNew() {
        if (dataDirectory == null) {
            return false;
        }
        if (!Files.isDirectory(dataDirectory)) {
            return true;
        }
        try (Stream<Path> inside = Files.list(dataDirectory)) {
            return inside.findAny().isEmpty();
        } catch (IOException | UncheckedIOException unreadable) {
            return false; // opening it says what is wrong
        }
    }

    private Workspace warned(Workspace workspace, boolean startedNew) {
        if (startedNew) {
            context.err().println(context.messages().get("cli.warning", context.messages().get("cli.new-data-directory",
                    dataDirectory.toAbsolutePath().normalize())));
        }
        workspace.readOnly().ifPresent(why ->
                context.err().println(context.messages().get("cli.warning", context.messages().describeByName(why))));
        for (Problem warning : workspace.warnings()) {
            context.err().println(context.messages().get("cli.warning", context.messages().describeByName(warning)));
        }
        return workspace;
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }
}
