package org.contrechamp.cli;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.stats.Statistics;
import org.contrechamp.core.stats.StatsDimension;
import org.contrechamp.core.stats.StatsService;
import org.contrechamp.core.stats.StatsTable;
import org.contrechamp.core.stats.StatsTables;
import org.contrechamp.core.stats.Tally;
import org.contrechamp.core.stats.Timeline;
import org.contrechamp.core.stats.VolunteerCount;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code stats [--json] [--zone NAME]}: the numbers of the window's statistics page, from the same
 * model: cameras by kind, type, mount, operator, zone and street, over time, per volunteer. Counted as
 * the inventory counts: reviewed, live sightings; removed cameras apart.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false)
final class StatsCommand implements Runnable {

    /** The text output lists this many values of each count; JSON has them all. */
    private static final int SHOWN = 10;

    @ParentCommand
    RootCommand root;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--zone", paramLabel = "NAME", descriptionKey = "option.inventory-zone")
    String zone;

    private final CliContext context;

    StatsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Messages messages = context.messages();
        Statistics stats;
        try (Workspace workspace = root.openWorkspaceToRead()) {
            stats = StatsService.of(workspace).compute(zone, messages.locale(), LocalDate.now(workspace.localClock()),
                    Cancellation.NEVER);
        }
        if (json) {
            JsonOutput.print(context, json(stats));
            return;
        }
        context.out().println(messages.get("cli.stats.header", stats.cameras(), stats.scope() == null ? 0 : 1,
                stats.scope() == null ? "" : stats.scope()));
        context.out().println(messages.get("stats.counted", stats.removed()));
        for (StatsTable table : StatsTables.of(stats, messages)) {
            context.out().println();
            context.out().println(table.title());
            List<StatsTable.Row> rows = table.id().equals("time") ? table.rows() : table.rows().stream().limit(SHOWN).toList();
            for (StatsTable.Row row : rows) {
                context.out().printf("  %6d  %s%n", row.count(), row.label());
            }
            if (rows.size() < table.rows().size()) {
                context.out().println("  " + messages.get("cli.stats.more", table.rows().size() - rows.size()));
            }
            if (rows.isEmpty()) {
                context.out().println("  " + messages.get("stats.plot-empty"));
            }
        }
    }

    /** Values as stored (OSM values, names, ISO dates, fingerprints): for scripts, not for reading. */
    static ObjectNode json(Statistics stats) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("scope", stats.scope());
        root.put("date", stats.date() == null ? null : stats.date().toString());
        root.put("cameras", stats.cameras());
        root.put("removed", stats.removed());
        root.put("counted", "reviewed live sightings, removed cameras apart");
        ObjectNode by = root.putObject("by");
        for (StatsDimension d : StatsDimension.values()) {
            ArrayNode values = by.putArray(d.code());
            for (Tally t : stats.by(d)) {
                values.addObject().put("value", t.value()).put("count", t.count());
            }
        }
        ObjectNode time = root.putObject("timeline");
        time.put("step", stats.timeline().step().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode periods = time.putArray("periods");
        for (Timeline.Period p : stats.timeline().periods()) {
            periods.addObject().put("start", p.start().toString()).put("count", p.count());
        }
        ArrayNode people = root.putArray("volunteers");
        for (VolunteerCount v : stats.volunteers()) {
            ObjectNode person = people.addObject();
            person.put("key", v.self() ? null : v.key());
            person.put("self", v.self());
            person.put("name", v.name());
            person.put("cameras", v.cameras());
        }
        return root;
    }
}
