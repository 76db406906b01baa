package org.contrechamp.cli;

import java.time.ZoneId;
import java.util.List;

import org.contrechamp.core.provenance.DeskNames;
import org.contrechamp.core.provenance.SentProposals;
import org.contrechamp.core.provenance.SentProposalsText;
import org.contrechamp.core.sighting.SightingTags;
import org.contrechamp.core.workspace.Workspace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code proposals list --sent}: the changes made here to others' sightings that wait elsewhere. */
final class SentProposalsOutput {

    private SentProposalsOutput() {
    }

    static void print(CliContext context, Workspace workspace, boolean json) {
        List<SentProposals.Waiting> waiting = workspace.provenance().sent().waiting();
        DeskNames names = workspace.provenance().names(context.messages());
        if (json) {
            ArrayNode all = JsonOutput.MAPPER.createArrayNode();
            for (SentProposals.Waiting w : waiting) {
                ObjectNode o = all.addObject();
                o.put("sighting", w.sightingId().toString());
                o.put("author", w.author().hex());
                o.put("authorName", names.key(w.author().hex()));
                w.revisions().forEach(o.putArray("revisions")::add);
                ArrayNode fields = o.putArray("fields");
                w.fields().forEach(f -> fields.add(SightingTags.keyOf(f).orElse(f.jsonName())));
                o.put("deletes", w.deletes());
                o.put("restores", w.restores());
                o.put("at", w.at().toString());
            }
            JsonOutput.print(context, all);
            return;
        }
        if (waiting.isEmpty()) {
            context.out().println(context.messages().get("sent.none"));
            return;
        }
        SentProposalsText text = new SentProposalsText(context.messages(), names, ZoneId.systemDefault());
        context.out().println(text.heading(waiting.size()));
        waiting.forEach(w -> context.out().println("  " + text.waiting(w)));
    }
}
