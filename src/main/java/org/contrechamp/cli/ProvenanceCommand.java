package org.contrechamp.cli;

import java.time.ZoneId;

import org.contrechamp.core.provenance.ProvenanceText;
import org.contrechamp.core.provenance.RecordProvenance;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code provenance ID [--json]}: who surveyed a camera and when, the bundles that carried it, every
 * change since with its author and time, and the same for each record merged into it.
 */
@Command(name = "provenance", mixinStandardHelpOptions = true)
final class ProvenanceCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    private final CliContext context;

    ProvenanceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        SightingIdArgument.check(id);
        try (Workspace workspace = root.openWorkspaceToRead()) {
            java.util.UUID uuid = SightingIdArgument.in(workspace, id);
            RecordProvenance p = workspace.provenance().of(uuid);
            if (json) {
                JsonOutput.print(context, DeskJson.provenance(p));
            } else {
                new ProvenanceText(context.messages(), ZoneId.systemDefault()).lines(p).forEach(context.out()::println);
            }
        }
    }
}
