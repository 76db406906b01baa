package org.contrechamp.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.common.DecimalText;
import org.contrechamp.core.declared.Certainty;
import org.contrechamp.core.declared.DeclaredList;
import org.contrechamp.core.declared.DeclaredSite;
import org.contrechamp.core.declared.ListWarning;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code declared import|list|place|compare}: the official list of declared camera sites. */
@Command(name = "declared", mixinStandardHelpOptions = true,
        subcommands = {DeclaredCommand.Import.class, DeclaredCommand.ListSites.class, DeclaredCommand.Place.class,
            DeclaredCompareCommand.class})
final class DeclaredCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    DeclaredCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    /** {@code declared import FILE [--map COLUMN=FIELD]... [--json]}. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Runnable {
        @ParentCommand
        DeclaredCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.declared-file")
        Path file;

        @Option(names = "--map", paramLabel = "COLUMN=FIELD", descriptionKey = "option.declared-map")
        List<String> map = new ArrayList<>();

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspace()) {
                DeclaredList list = workspace.declared().importList(file, map);
                if (json) {
                    JsonOutput.print(context, DeclaredJson.imported(list));
                    return;
                }
                Messages m = context.messages();
                context.out().println(m.get("cli.declared.imported", list.source(), list.encoding(),
                        String.valueOf(list.separator()).replace("\t", "Tab"), list.sites().size()));
                printCounts(context, list.sites());
                for (ListWarning warning : list.warnings()) {
                    context.err().println(m.get("cli.warning", m.describeByName(warning.problem())));
                }
                printUnsure(context, list.sites());
            }
        }
    }

    static void printCounts(CliContext context, List<DeclaredSite> sites) {
        Map<Certainty, Integer> counts = new EnumMap<>(Certainty.class);
        for (Certainty c : Certainty.values()) {
            counts.put(c, 0);
        }
        sites.forEach(s -> counts.merge(s.certainty(), 1, Integer::sum));
        int unsure = counts.get(Certainty.NEAREST_APPROACH) + counts.get(Certainty.SEVERAL_CROSSINGS)
                + counts.get(Certainty.STREET_ONLY);
        context.out().println(context.messages().get("cli.declared.counts", counts.get(Certainty.LISTED),
                counts.get(Certainty.EXACT_CROSSING), counts.get(Certainty.ADDRESS), counts.get(Certainty.MANUAL), unsure,
                counts.get(Certainty.NOT_FOUND)));
    }

    static void printUnsure(CliContext context, List<DeclaredSite> sites) {
        List<DeclaredSite> unsure = sites.stream().filter(s -> !s.certainty().isSure()).toList();
        if (unsure.isEmpty()) {
            return;
        }
        context.out().println(context.messages().get("cli.declared.unsure-heading", unsure.size()));
        for (DeclaredSite s : unsure) {
            context.out().println(line(context.messages(), s));
        }
    }

    /** One site on one line: key, line, where and how sure, the text, and why it is unsure. */
    static String line(Messages m, DeclaredSite s) {
        String where = s.position() == null ? "-" : point(s.position().lat(), s.position().lon());
        String why = s.certainty().isSure() || s.geocode() == null || s.geocode().reason() == null ? ""
                : m.get("cli.declared.why", m.explain(s.geocode().reason()));
        return m.get("cli.declared.site", s.key(), s.line(), m.get("cli.declared.certainty." + s.certainty().code()),
                where, s.siteText() == null ? "" : s.siteText(), why);
    }

    static String point(double lat, double lon) {
        return DecimalText.coordinate(lat) + ", " + DecimalText.coordinate(lon);
    }

    /** {@code declared list [--unsure] [--json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListSites implements Runnable {
        @ParentCommand
        DeclaredCommand parent;

        @Option(names = "--unsure", descriptionKey = "option.declared-unsure")
        boolean unsureOnly;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        ListSites(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.root.openWorkspaceToRead()) {
                DeclaredList.Info info = workspace.declared().info().orElseThrow(() ->
                        new org.contrechamp.core.common.DataUnavailableException(
                                org.contrechamp.core.common.Problem.of("declared", "declared-none")));
                List<DeclaredSite> sites = unsureOnly ? workspace.declared().unsure() : workspace.declared().sites();
                if (json) {
                    JsonOutput.print(context, DeclaredJson.sites(sites));
                    return;
                }
                context.out().println(context.messages().get("cli.declared.current", info.source(), info.importedAt()
                        .toString(), info.sites()));
                printCounts(context, workspace.declared().sites());
                for (DeclaredSite s : sites) {
                    context.out().println(line(context.messages(), s));
                }
            }
        }
    }

    /** {@code declared place ID LAT LON}: fixes one site's place by hand. */
    @Command(name = "place", mixinStandardHelpOptions = true)
    static final class Place implements Runnable {
        @ParentCommand
        DeclaredCommand parent;

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.declared-id")
        String key;

        @Parameters(index = "1", paramLabel = "LAT", descriptionKey = "option.lat")
        String lat;

        @Parameters(index = "2", paramLabel = "LON", descriptionKey = "option.lon")
        String lon;

        private final CliContext context;

        Place(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            double latitude = CliNumbers.parse("LAT", lat);
            double longitude = CliNumbers.parse("LON", lon);
            try (Workspace workspace = parent.root.openWorkspace()) {
                DeclaredSite site = workspace.declared().place(key, latitude, longitude);
                context.out().println(context.messages().get("cli.declared.placed", site.key(),
                        point(latitude, longitude)));
            }
        }
    }
}
