package org.contrechamp.cli;

import org.contrechamp.core.repository.RepositoryInfo;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code repo init DIR|URL [--name NAME]}: makes a shared repository; on one already there, says so
 * and exits 0.
 */
@Command(name = "repo", mixinStandardHelpOptions = true, subcommands = {RepoCommand.Init.class})
final class RepoCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    RepoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    @Command(name = "init", mixinStandardHelpOptions = true)
    static final class Init implements Runnable {
        @ParentCommand
        RepoCommand parent;

        @Parameters(index = "0", paramLabel = "DIR|URL", descriptionKey = "param.repository")
        String location;

        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "option.repository-name")
        String name;

        @Option(names = "--coordinator", paramLabel = "CARD|KEY", descriptionKey = "option.repository-coordinator")
        java.util.List<String> coordinators = new java.util.ArrayList<>();

        private final CliContext context;

        Init(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspace()) {
                java.util.List<String> named = coordinators.stream()
                        .map(c -> TrustCommand.Add.read(c, "coordinator").fingerprint().hex()).distinct().toList();
                SharingService.Initialised done = workspace.sharing().initOrOpenRepository(location, name, named);
                RepositoryInfo info = done.info();
                context.out().println(done.existed()
                        ? context.messages().get("cli.repo.exists", location, info.name(), info.id())
                        : context.messages().get("cli.repo.created", info.name(), info.id()));
            }
        }
    }
}
