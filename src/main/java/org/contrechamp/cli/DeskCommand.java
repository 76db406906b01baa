package org.contrechamp.cli;

import org.contrechamp.core.desk.DeskStatus;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code desk status [--json]}: the coordinator's work at a glance. */
@Command(name = "desk", mixinStandardHelpOptions = true, subcommands = DeskCommand.Status.class)
final class DeskCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    DeskCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    @Command(name = "status", mixinStandardHelpOptions = true)
    static final class Status implements Runnable {
        @ParentCommand
        DeskCommand parent;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Status(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                DeskStatus s = workspace.desk().status();
                if (json) {
                    JsonOutput.print(context, DeskJson.desk(s));
                    return;
                }
                var m = context.messages();
                context.out().println(m.get("cli.desk.records", s.records(), s.drafts(), s.removed()));
                context.out().println(m.get("cli.desk.review", s.conflicts(), s.proposals()));
                context.out().println(m.get("cli.desk.duplicates", s.duplicates()));
                context.out().println(m.get("cli.desk.people", s.volunteers(), s.coordinators()));
                context.out().println(m.get("cli.desk.decisions", s.decisions()));
            }
        }
    }
}
