package org.contrechamp.cli;

import java.nio.file.Path;

import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code contrechamp [--data DIR] COMMAND}: the root of every command. */
@Command(name = "contrechamp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {SightingsCommand.class, ImportCommand.class, AreaCommand.class, TilesCommand.class,
            IdentityCommand.class, TrustCommand.class, RepoCommand.class, SyncCommand.class, BundleCommand.class},
        usageHelpAutoWidth = true)
final class RootCommand implements Runnable {

    private final CliContext context;

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "option.data")
    Path dataDirectory;

    RootCommand(CliContext context) {
        this.context = context;
    }

    /** Opens the data directory the user named (or the default one). */
    Workspace openWorkspace() {
        return context.workspaceOpener().apply(dataDirectory);
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }
}
