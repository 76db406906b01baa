package org.contrechamp.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.export.SightingFormat;
import org.contrechamp.core.export.SightingWriter;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingJson;
import org.contrechamp.core.sighting.SightingTags;
import org.contrechamp.core.sighting.SightingValidator;
import org.contrechamp.core.sighting.TagIssue;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sightings add|list|show|edit|delete|confirm|remove}: the sightings of the data directory. */
@Command(name = "sightings", mixinStandardHelpOptions = true,
        subcommands = {SightingsCommand.Add.class, SightingsCommand.ListCommand.class, SightingsCommand.Show.class,
            SightingsEditCommand.class, SightingsCommand.Delete.class, SightingsCommand.Restore.class,
            SightingsRecheckCommand.Confirm.class,
            SightingsRecheckCommand.Remove.class})
final class SightingsCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    SightingsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    /** {@code sightings add --lat LAT --lon LON [--tag KEY=VALUE]...}; prints the new id last. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add implements Runnable {
        @ParentCommand
        SightingsCommand parent;

        @Option(names = "--lat", required = true, paramLabel = "LAT", descriptionKey = "option.lat")
        String latitude;

        @Option(names = "--lon", required = true, paramLabel = "LON", descriptionKey = "option.lon")
        String longitude;

        @Option(names = "--accuracy", paramLabel = "METRES", descriptionKey = "option.accuracy")
        String accuracy;

        /** Read as text, not as picocli's map: its message for a value without "=" is English and garbled. */
        @Option(names = "--tag", paramLabel = "KEY=VALUE", descriptionKey = "option.tag")
        List<String> tagTexts = new ArrayList<>();

        private final CliContext context;

        Add(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            double lat = CliNumbers.parse("--lat", latitude);
            double lon = CliNumbers.parse("--lon", longitude);
            Double acc = accuracy == null ? null : CliNumbers.parse("--accuracy", accuracy);
            Sighting.Builder builder = Sighting.newAt(new Position(lat, lon, PositionSource.MANUAL, acc));
            Map<String, String> tags = tags(context, tagTexts);
            for (String key : tags.keySet()) {
                if (key.isBlank() || key.length() > 255) {
                    throw new InvalidInputException(Problem.of("--tag", "bad-tag-key", key));
                }
            }
            for (TagIssue issue : SightingTags.applyStrict(tags, builder)) {
                // Read, but not as written: say so rather than change the user's value silently.
                context.err().println(context.messages().get("cli.tag-normalised", issue.key(), issue.value(),
                        issue.written()));
            }
            Sighting draft = builder.build();
            // Checked before the data directory is opened: bad input touches nothing.
            SightingValidator.requireValidInput(draft);
            try (Workspace workspace = parent.root.openWorkspace()) {
                Sighting created = workspace.sightings().create(draft);
                context.out().println(created.id());
            }
        }
    }

    /**
     * The {@code --tag KEY=VALUE} options, in order (a key given twice keeps its last value). A value
     * without "=" is a usage error, exit 2, as when picocli read them.
     */
    static Map<String, String> tags(CliContext context, List<String> texts) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String text : texts) {
            int equals = text.indexOf('=');
            if (equals <= 0) { // no key before the = either
                throw Cli.usageError(context, Problem.of("--tag", "tag-not-key-value", text));
            }
            tags.put(text.substring(0, equals), text.substring(equals + 1));
        }
        return tags;
    }

    /** {@code sightings list [--format json|csv|geojson]}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCommand implements Runnable {
        @ParentCommand
        SightingsCommand parent;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", descriptionKey = "option.format")
        String format;

        @Option(names = "--deleted", descriptionKey = "option.list-deleted")
        boolean deleted;

        private final CliContext context;

        ListCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            SightingFormat chosen = SightingFormat.parse(format).filter(SightingFormat.LISTINGS::contains)
                    .orElseThrow(() -> Cli.usageError(context, Problem.of("--format", "unknown-value", format,
                            SightingFormat.names(SightingFormat.LISTINGS))));
            try (Workspace workspace = parent.root.openWorkspaceToRead();
                 SightingWriter writer = SightingWriter.open(chosen, context.out(), provenance(workspace))) {
                // A record that cannot be read is named on stderr; the others are listed all the same.
                java.util.function.Consumer<org.contrechamp.core.sighting.DamagedRecord> said = damaged ->
                        context.err().println(context.messages().get("cli.warning",
                                context.messages().describeByName(damaged.problem())));
                if (deleted) {
                    workspace.sightings().forEachDeleted(writer::write, said);
                } else {
                    workspace.sightings().forEachLive(writer::write, said);
                }
            }
            context.out().flush();
        }
    }

    /** {@code sightings show ID [--format json|geojson]}. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Runnable {
        @ParentCommand
        SightingsCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
        String id;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", descriptionKey = "option.show-format")
        String format;

        /** As every other command that prints JSON takes it; JSON is this one's default anyway. */
        @Option(names = "--json", descriptionKey = "option.show-json")
        boolean json;

        private final CliContext context;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            SightingIdArgument.check(id);
            if (json && !"json".equalsIgnoreCase(format)) {
                throw Cli.usageError(context, Problem.of("--json", "export-options-exclusive", "--format " + format));
            }
            SightingFormat chosen = SightingFormat.parse(format).filter(f -> f == SightingFormat.JSON || f == SightingFormat.GEOJSON)
                    .orElseThrow(() -> Cli.usageError(context, Problem.of("--format", "unknown-value", format, "json, geojson")));
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                UUID uuid = SightingIdArgument.in(workspace, id);
                Sighting s = workspace.sightings().find(uuid).orElseThrow(() -> notLive(workspace, uuid));
                if (chosen == SightingFormat.JSON) {
                    printJson(s, provenance(workspace));
                } else {
                    try (SightingWriter writer = SightingWriter.open(chosen, context.out())) {
                        writer.write(s);
                    }
                }
            }
            context.out().flush();
        }

        private void printJson(Sighting s, SightingJson.ExtraFields extra) {
            try {
                JsonGenerator g = new JsonFactory().createGenerator(context.out());
                g.setPrettyPrinter(new DefaultPrettyPrinter());
                SightingJson.writeWithTags(s, g, extra);
                g.writeRaw('\n');
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * What the JSON output adds to a record: the {@code digest} of the revision held, and the
     * {@code provenance} field for records that arrived in a bundle: the signer's fingerprint and
     * pseudonym (as the keyring knows them), the bundle id and the revision.
     */
    static SightingJson.ExtraFields provenance(Workspace workspace) {
        return (s, g) -> {
            // Revision numbers are counted per computer (docs/adr/0041): computers compare digests.
            var latest = workspace.sightings().latest(s.id());
            String digest = latest.map(h -> h.change().digest()).orElse(null);
            if (digest != null) {
                g.writeStringField("digest", digest);
            }
            if (latest.isPresent() && latest.get().deleted()) {
                g.writeBooleanField("deleted", true); // (sightings list --deleted)
            }
            // The bundle that brought a revision, while it is the current one: an edit or a decision
            // made here since is this computer's, and no bundle brought it.
            var found = workspace.sharing().provenance(s.id())
                    .filter(p -> latest.isPresent() && p.revision() == latest.get().change().revision());
            if (found.isPresent()) {
                g.writeObjectFieldStart("provenance");
                g.writeStringField("signer", found.get().signer().hex());
                g.writeStringField("signerName", found.get().signerName());
                g.writeStringField("bundle", found.get().bundleId());
                g.writeNumberField("revision", found.get().revision());
                g.writeEndObject();
            }
        };
    }

    /** {@code sightings delete ID}: leaves a tombstone that sync carries. */
    @Command(name = "delete", mixinStandardHelpOptions = true)
    static final class Delete implements Runnable {
        @ParentCommand
        SightingsCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
        String id;

        private final CliContext context;

        Delete(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            SightingIdArgument.check(id);
            try (Workspace workspace = parent.root.openWorkspace()) {
                UUID uuid = SightingIdArgument.in(workspace, id);
                if (workspace.sightings().find(uuid).isEmpty()) {
                    throw notLive(workspace, uuid);
                }
                workspace.sightings().delete(uuid);
                context.out().println(context.messages().get("cli.sightings.deleted", uuid.toString()));
                OthersRecords.sayWhenAProposal(context, workspace, uuid, "cli.sightings.edited-as-proposal");
            }
        }
    }

    /** {@code sightings restore ID}: brings a deleted sighting back, as the window's undo of a deletion does. */
    @Command(name = "restore", mixinStandardHelpOptions = true)
    static final class Restore implements Runnable {
        @ParentCommand
        SightingsCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
        String id;

        private final CliContext context;

        Restore(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            SightingIdArgument.check(id);
            try (Workspace workspace = parent.root.openWorkspace()) {
                UUID uuid = SightingIdArgument.in(workspace, id);
                if (workspace.sightings().find(uuid).isPresent()) {
                    context.out().println(context.messages().get("cli.sightings.not-deleted", uuid.toString()));
                    return;
                }
                try {
                    workspace.sightings().restore(uuid);
                } catch (java.util.NoSuchElementException e) {
                    throw new InvalidInputException(Problem.of("id", "no-such-sighting", uuid.toString()));
                }
                context.out().println(context.messages().get("cli.sightings.restored", uuid.toString()));
                OthersRecords.sayWhenAProposal(context, workspace, uuid, "cli.sightings.edited-as-proposal");
            }
        }
    }

    /**
     * Why a sighting the command names is not there to act on: deleted (kept in the history, and
     * {@code sightings restore} brings it back), or never held here.
     */
    static InvalidInputException notLive(Workspace workspace, UUID uuid) {
        boolean deleted = workspace.sightings().latest(uuid).map(e -> e.deleted()).orElse(false);
        return new InvalidInputException(deleted ? Problem.of("id", "sighting-deleted", uuid.toString())
                : Problem.of("id", "no-such-sighting", uuid.toString()));
    }
}
