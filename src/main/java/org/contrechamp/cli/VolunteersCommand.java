package org.contrechamp.cli;

import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;

import org.contrechamp.core.provenance.ProvenanceText;
import org.contrechamp.core.provenance.VolunteerSummary;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code volunteers [--json]}: per key, this computer's first, the bundles, records, confirmations of
 * others' cameras and duplicates it brought.
 */
@Command(name = "volunteers", mixinStandardHelpOptions = true)
final class VolunteersCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    private final CliContext context;

    VolunteersCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        try (Workspace workspace = root.openWorkspaceToRead()) {
            List<VolunteerSummary> all = workspace.provenance().volunteers();
            if (json) {
                ArrayNode list = JsonOutput.MAPPER.createArrayNode();
                all.forEach(v -> list.add(DeskJson.volunteer(v)));
                JsonOutput.print(context, list);
            } else {
                ProvenanceText texts = new ProvenanceText(context.messages(), ZoneId.systemDefault());
                all.forEach(v -> context.out().println(texts.volunteer(v)));
            }
        }
    }
}
