package org.contrechamp.cli;

import java.nio.file.Path;

import org.contrechamp.core.area.AreaService;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code area import|fetch|info|render|street|address|search|cameras|already-mapped}: the offline area. */
@Command(name = "area", mixinStandardHelpOptions = true,
        subcommands = {AreaCommand.Import.class, AreaCommand.Fetch.class, AreaCommand.Info.class,
            AreaRenderCommand.class, AreaLookupCommands.Street.class, AreaLookupCommands.AddressCommand.class,
            AreaLookupCommands.Search.class, AreaLookupCommands.Cameras.class, AreaLookupCommands.AlreadyMapped.class})
final class AreaCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    AreaCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    Workspace openWorkspace() {
        return root.openWorkspace();
    }

    Workspace openWorkspaceToRead() {
        return root.openWorkspaceToRead();
    }

    static void printSummary(CliContext context, AreaSummary s, boolean json, String headlineKey) {
        if (json) {
            AreaJson.print(context.out(), g -> AreaJson.summary(g, s));
            return;
        }
        BoundingBox b = s.bounds();
        context.out().println(context.messages().get(headlineKey, s.source()));
        context.out().println(context.messages().get("cli.area.counts", s.ways(), s.streets(), s.streetNames(),
                s.buildings(), s.cameras(), s.addresses()));
        context.out().println(context.messages().get("cli.area.bounds", b.minLon(), b.minLat(), b.maxLon(), b.maxLat()));
        if (s.dataTimestamp() != null) {
            context.out().println(context.messages().get("cli.area.data-date", s.dataTimestamp().toString()));
        }
    }

    /** {@code area import FILE [--json]}: makes an OSM extract the area, replacing the previous one. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Runnable {
        @ParentCommand
        AreaCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.osm-file")
        Path file;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.openWorkspace()) {
                AreaSummary s = workspace.area().importFile(file, Progress.NONE, Cancellation.NEVER);
                printSummary(context, s, json, "cli.area.imported");
            }
        }
    }

    /** {@code area fetch --bbox B [--url URL] [--json]}: downloads an area from Overpass, then imports it. */
    @Command(name = "fetch", mixinStandardHelpOptions = true)
    static final class Fetch implements Runnable {
        @ParentCommand
        AreaCommand parent;

        @Option(names = "--bbox", required = true, paramLabel = "MINLON,MINLAT,MAXLON,MAXLAT", descriptionKey = "option.bbox")
        String bbox;

        @Option(names = "--url", paramLabel = "URL", descriptionKey = "option.overpass-url")
        String url;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Fetch(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            BoundingBox box = BoxText.parse(bbox);
            try (Workspace workspace = parent.openWorkspace()) {
                String server = url != null ? url : workspace.settings().load().overpassUrl();
                AreaService area = workspace.area();
                AreaSummary s = area.fetch(box, server, Progress.NONE, Cancellation.NEVER);
                printSummary(context, s, json, "cli.area.fetched");
            }
        }
    }

    /** {@code area info [--json]}: what the current area holds. */
    @Command(name = "info", mixinStandardHelpOptions = true)
    static final class Info implements Runnable {
        @ParentCommand
        AreaCommand parent;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Info(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            try (Workspace workspace = parent.openWorkspaceToRead()) {
                printSummary(context, workspace.area().requireCurrent(), json, "cli.area.current");
            }
        }
    }
}
