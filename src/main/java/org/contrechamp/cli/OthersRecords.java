package org.contrechamp.cli;

import java.util.UUID;

import org.contrechamp.core.provenance.Person;
import org.contrechamp.core.workspace.Workspace;

/**
 * What the command line says after a change to a record someone else created (an edit, a deletion, a
 * restoration, a decision): it is this computer's at once, but elsewhere it waits for the record's
 * author or a coordinator, unless they trust this key as a coordinator's, which only they know. Said
 * on the error stream, beside the result; not said where the repository last synced with names this
 * key a coordinator.
 */
final class OthersRecords {

    private OthersRecords() {
    }

    /** @param key {@code cli.sightings.edited-as-proposal} or {@code cli.review.decided-as-proposal}: {0} the id, {1} the author */
    static void sayWhenAProposal(CliContext context, Workspace workspace, UUID id, String key) {
        Person author = workspace.provenance().authorOf(id);
        if (!author.self() && !workspace.sharing().namedCoordinator()) {
            context.err().println(context.messages().get(key, id.toString(), author.shownIn(context.messages())));
        }
    }
}
