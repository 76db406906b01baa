package org.contrechamp.cli;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.coverage.Coverage;
import org.contrechamp.core.coverage.StreetCoverage;
import org.contrechamp.core.coverage.StreetState;
import org.contrechamp.core.coverage.ZoneCoverage;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code coverage [--zone NAME] [--never-visited] [--json]}: which streets of the area were walked (the
 * GPS tracks kept at photo import pass along them), which have cameras, which were never visited,
 * counted per zone by streets and by length. Exit 1 without an area, or for a zone it does not have.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true, sortOptions = false)
final class CoverageCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Option(names = "--zone", paramLabel = "NAME", descriptionKey = "option.coverage-zone")
    String zone;

    @Option(names = "--never-visited", descriptionKey = "option.coverage-never-visited")
    boolean neverVisited;

    @Option(names = "--json", descriptionKey = "option.coverage-json")
    boolean json;

    private final CliContext context;

    CoverageCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Coverage coverage;
        try (Workspace workspace = root.openWorkspaceToRead()) {
            coverage = workspace.coverage().compute(zone, Cancellation.NEVER);
        }
        if (json) {
            JsonOutput.print(context, CoverageJson.of(coverage));
            return;
        }
        Messages m = context.messages();
        context.out().println(m.get("cli.coverage.heading", coverage.scope(), coverage.tracks()));
        for (ZoneCoverage z : coverage.zones()) {
            context.out().println(line(m, zoneName(m, z.zone()), z));
        }
        if (coverage.zones().size() != 1) {
            context.out().println(line(m, m.get("cli.coverage.total"), coverage.total()));
        }
        if (coverage.tracks() == 0) {
            context.out().println(m.get("cli.coverage.no-tracks"));
        }
        if (neverVisited) {
            String shownZone = null;
            boolean first = true;
            for (StreetCoverage s : coverage.streets()) {
                if (s.state() != StreetState.NEVER_VISITED) {
                    continue;
                }
                if (first || !java.util.Objects.equals(shownZone, s.zone())) {
                    context.out().println(m.get("cli.coverage.never-visited-heading", zoneName(m, s.zone())));
                    shownZone = s.zone();
                    first = false;
                }
                context.out().println("  " + m.get("cli.coverage.street", s.name(), Math.round(s.lengthMeters()), s.walkedShare()));
            }
        }
        context.out().flush();
    }

    private static String zoneName(Messages m, String zone) {
        return zone == null ? m.get("coverage.outside-zones") : zone;
    }

    private static String line(Messages m, String name, ZoneCoverage z) {
        return m.get("cli.coverage.zone", name, z.visitedShare(), z.visited(), z.streets(), z.visitedLengthShare(),
                z.walked(), z.withCameras(), z.neverVisited());
    }
}
