package org.contrechamp.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;

import org.contrechamp.core.audit.Decision;
import org.contrechamp.core.audit.DecisionTexts;
import org.contrechamp.core.provenance.DeskNames;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audit list [--json] [--record ID]}: the coordinator's decisions taken here, oldest first. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.ListEntries.class)
final class AuditCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    AuditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListEntries implements Runnable {
        @ParentCommand
        AuditCommand parent;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        @Option(names = "--record", paramLabel = "ID", descriptionKey = "option.audit-record")
        String record;

        private final CliContext context;

        ListEntries(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            if (record != null) {
                SightingIdArgument.check(record);
            }
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                UUID id = record == null ? null : SightingIdArgument.in(workspace, record);
                List<Decision> entries = id == null ? workspace.audit().list() : workspace.audit().about(id);
                if (json) {
                    ArrayNode all = JsonOutput.MAPPER.createArrayNode();
                    entries.forEach(d -> all.add(DeskJson.decision(d)));
                    JsonOutput.print(context, all);
                    return;
                }
                if (entries.isEmpty()) {
                    context.out().println(context.messages().get("cli.audit.none"));
                    return;
                }
                context.out().println(context.messages().get("cli.audit.count", entries.size()));
                // Records and keys by their names, each with the id the other commands take.
                DeskNames names = workspace.provenance().names(context.messages());
                DecisionTexts texts = new DecisionTexts(context.messages(), ZoneId.systemDefault(),
                        r -> names.record(r) + " (" + r + ")",
                        hex -> names.key(hex) + " (" + hex.substring(0, 16) + "…)");
                entries.forEach(d -> context.out().println(texts.line(d)));
            }
        }
    }
}
