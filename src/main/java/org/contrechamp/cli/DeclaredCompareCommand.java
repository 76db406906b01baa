package org.contrechamp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.contrechamp.core.common.AtomicFiles;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.declared.ComparisonCsv;
import org.contrechamp.core.declared.DeclaredComparison;
import org.contrechamp.core.declared.DeclaredMatcher;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.core.zone.ZoneScope;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code declared compare [--distance M] [--zone NAME] [--csv FILE] [--json]}: the list against the surveyed
 * cameras, of the whole area or of one zone (its declared sites and its cameras, as {@code inventory --zone}).
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
final class DeclaredCompareCommand implements Runnable {

    @ParentCommand
    DeclaredCommand parent;

    @Option(names = "--distance", paramLabel = "M", descriptionKey = "option.declared-distance")
    String distance;

    @Option(names = "--zone", paramLabel = "NAME", descriptionKey = "option.declared-zone")
    String zone;

    @Option(names = "--csv", paramLabel = "FILE", descriptionKey = "option.declared-csv")
    Path csv;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    private final CliContext context;

    DeclaredCompareCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        double metres = distance == null ? DeclaredMatcher.DEFAULT_DISTANCE_M : CliNumbers.parse("--distance", distance);
        try (Workspace workspace = parent.root.openWorkspaceToRead()) {
            ZoneScope scope = zone == null ? ZoneScope.WHOLE_AREA : workspace.inventory().scope(zone);
            DeclaredComparison comparison = workspace.declared().compare(metres, scope);
            if (csv != null) {
                write(csv, ComparisonCsv.write(comparison));
            }
            if (json) {
                JsonOutput.print(context, DeclaredJson.comparison(comparison));
            } else {
                print(comparison);
            }
            if (csv != null) {
                context.err().println(context.messages().get("cli.declared.csv-written", csv.toString()));
            }
        }
    }

    /** Written whole or not at all (also for {@code inventory --declared-csv}). */
    static void write(Path file, String text) {
        try {
            AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.of(file.toString(), "file-unwritable", String.valueOf(e.getMessage())));
        }
    }

    private void print(DeclaredComparison c) {
        Messages m = context.messages();
        long notPlaced = c.declaredNotFound().stream().filter(n -> !n.placed()).count();
        context.out().println(m.get("cli.declared.compare.summary", c.distanceMeters(), c.declaredAndSeen().size(),
                c.camerasNotFound(), c.declaredNotFound().size(), notPlaced, c.seenNotDeclared().size()));
        if (!c.declaredAndSeen().isEmpty()) {
            context.out().println(m.get("cli.declared.compare.seen-heading"));
        }
        for (DeclaredComparison.Seen s : c.declaredAndSeen()) {
            context.out().println(m.get("cli.declared.compare.seen", s.site().key(), text(s.site().siteText()),
                    s.sighting().id().toString(), s.distanceMeters()));
        }
        if (!c.declaredNotFound().isEmpty()) {
            context.out().println(m.get("cli.declared.compare.not-found-heading"));
        }
        for (DeclaredComparison.NotFound n : c.declaredNotFound()) {
            String key = !n.placed() ? "cli.declared.compare.not-placed"
                    : n.nearestMeters() == null ? "cli.declared.compare.not-found" : "cli.declared.compare.not-found-near";
            context.out().println(m.get(key, n.site().key(), text(n.site().siteText()), n.missing(),
                    n.nearestMeters() == null ? 0 : n.nearestMeters()));
        }
        if (!c.seenNotDeclared().isEmpty()) {
            context.out().println(m.get("cli.declared.compare.not-declared-heading"));
        }
        for (DeclaredComparison.NotDeclared n : c.seenNotDeclared()) {
            String where = DeclaredCommand.point(n.sighting().position().latitude(), n.sighting().position().longitude());
            context.out().println(n.nearest() == null
                    ? m.get("cli.declared.compare.not-declared", n.sighting().id().toString(), where)
                    : m.get("cli.declared.compare.not-declared-near", n.sighting().id().toString(), where,
                            n.nearest().key(), n.nearestMeters()));
        }
    }

    private static String text(String siteText) {
        return siteText == null ? "" : siteText;
    }
}
