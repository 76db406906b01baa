package org.contrechamp.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.sighting.OsmChoice;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingTags;
import org.contrechamp.core.sighting.SightingValidator;
import org.contrechamp.core.sighting.TagIssue;
import org.contrechamp.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sightings edit ID [--lat LAT --lon LON] [--tag KEY=VALUE]… [--untag KEY]… [--confirm]
 * [--no-osm | --osm]}: one change of one sighting, saved as one revision (none when it changes
 * nothing). {@code --confirm} marks a reviewed draft as ready to share, as Enter does in the window's
 * review; {@code --no-osm} keeps it out of OpenStreetMap exports ({@link OsmChoice}), {@code --osm}
 * undoes that.
 */
@Command(name = "edit", mixinStandardHelpOptions = true)
final class SightingsEditCommand implements Runnable {

    @ParentCommand
    SightingsCommand parent;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
    String id;

    @Option(names = "--lat", paramLabel = "LAT", descriptionKey = "option.lat")
    String latitude;

    @Option(names = "--lon", paramLabel = "LON", descriptionKey = "option.lon")
    String longitude;

    @Option(names = "--accuracy", paramLabel = "METRES", descriptionKey = "option.accuracy")
    String accuracy;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", descriptionKey = "option.tag")
    List<String> tagTexts = new ArrayList<>();

    @Option(names = "--untag", paramLabel = "KEY", descriptionKey = "option.untag")
    List<String> untagKeys = new ArrayList<>();

    @Option(names = "--confirm", descriptionKey = "option.confirm")
    boolean confirm;

    @Option(names = "--no-osm", descriptionKey = "option.no-osm")
    boolean noOsm;

    @Option(names = "--osm", descriptionKey = "option.osm")
    boolean osm;

    private final CliContext context;

    SightingsEditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        // Everything that can be checked without the data is checked first: bad input opens nothing.
        SightingIdArgument.check(id);
        if ((latitude == null) != (longitude == null)) {
            throw Cli.usageError(context, Problem.of(latitude == null ? "--lat" : "--lon", "move-needs-both"));
        }
        Position moved = latitude == null ? null : new Position(CliNumbers.parse("--lat", latitude),
                CliNumbers.parse("--lon", longitude), PositionSource.MANUAL,
                accuracy == null ? null : CliNumbers.parse("--accuracy", accuracy));
        if (noOsm && osm) {
            throw Cli.usageError(context, Problem.of("--no-osm", "export-options-exclusive", "--osm"));
        }
        Map<String, String> tags = SightingsCommand.tags(context, tagTexts);
        for (String key : untagKeys) {
            if (SightingTags.MAN_MADE.equals(key)) {
                throw new InvalidInputException(Problem.of("--untag", "tag-always-present", key));
            }
        }
        try (Workspace workspace = parent.root.openWorkspace()) {
            UUID uuid = SightingIdArgument.in(workspace, id);
            Sighting held = workspace.sightings().find(uuid).orElseThrow(() ->
                    SightingsCommand.notLive(workspace, uuid));
            Sighting edited = edit(held, moved, tags);
            SightingValidator.requireValid(edited);
            Sighting saved = workspace.sightings().update(edited);
            context.out().println(saved.revision() == held.revision()
                    ? context.messages().get("cli.sightings.unchanged", uuid.toString())
                    : context.messages().get("cli.sightings.edited", uuid.toString(), saved.revision()));
            if (saved.revision() != held.revision()) {
                OthersRecords.sayWhenAProposal(context, workspace, uuid, "cli.sightings.edited-as-proposal");
            }
        }
    }

    private Sighting edit(Sighting held, Position moved, Map<String, String> tags) {
        Sighting.Builder b = held.toBuilder();
        if (moved != null) {
            b.position(moved);
        }
        untag(held, b);
        for (TagIssue issue : SightingTags.applyStrict(tags, b)) {
            context.err().println(context.messages().get("cli.tag-normalised", issue.key(), issue.value(),
                    issue.written()));
        }
        if (confirm) {
            b.draft(false);
        }
        if (noOsm || osm) {
            OsmChoice.keepOut(b, noOsm);
        }
        return b.build();
    }

    /** Clears each named tag: a modelled field goes back to unset, an extra tag is removed. */
    private void untag(Sighting held, Sighting.Builder b) {
        Map<String, String> present = SightingTags.toTags(held, true);
        // Unset values, to copy a field from: a sighting with nothing but its id and position.
        Sighting blank = new Sighting.Builder(held.id(), held.position()).kind(null).build();
        TreeMap<String, String> extra = new TreeMap<>(held.extraTags());
        for (String key : untagKeys) {
            if (!present.containsKey(key)) {
                throw new InvalidInputException(Problem.of("--untag", "no-such-tag", key));
            }
            java.util.Optional<SightingField> field = SightingTags.fieldOf(key);
            if (field.isPresent()) {
                field.get().copy(blank, b);
            }
            extra.remove(key);
        }
        if (!untagKeys.isEmpty()) {
            // After the fields: setting a field drops the verbatim copy of its tag, this puts back the rest.
            b.extraTags(extra);
        }
    }
}
