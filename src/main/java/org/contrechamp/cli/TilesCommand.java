package org.contrechamp.cli;

import java.nio.file.Path;

import org.contrechamp.core.map.RasterTiles;
import org.contrechamp.core.map.RasterTilesInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tiles info FILE [--json]}: raster MBTiles files. Needs no data directory. */
@Command(name = "tiles", mixinStandardHelpOptions = true, subcommands = {TilesCommand.Info.class})
final class TilesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final CliContext context;

    TilesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), context.messages().get("cli.missing-command"));
    }

    /** {@code tiles info FILE [--json]}: what an MBTiles file holds; a clear error if it is unusable. */
    @Command(name = "info", mixinStandardHelpOptions = true)
    static final class Info implements Runnable {
        @ParentCommand
        TilesCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.mbtiles-file")
        Path file;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Info(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            RasterTilesInfo info;
            try (RasterTiles tiles = context.rasterTiles().open(file)) {
                info = tiles.info();
            }
            if (json) {
                AreaJson.print(context.out(), g -> {
                    g.writeStartObject();
                    g.writeStringField("file", info.file());
                    g.writeStringField("name", info.name());
                    g.writeStringField("description", info.description());
                    g.writeStringField("format", info.format());
                    g.writeStringField("attribution", info.attribution());
                    g.writeNumberField("minZoom", info.minZoom());
                    g.writeNumberField("maxZoom", info.maxZoom());
                    g.writeFieldName("bounds");
                    if (info.bounds() == null) {
                        g.writeNull();
                    } else {
                        AreaJson.box(g, info.bounds());
                    }
                    g.writeNumberField("tiles", info.tileCount());
                    g.writeStringField("scheme", "tms");
                    g.writeEndObject();
                });
                return;
            }
            context.out().println(context.messages().get("cli.tiles.name", info.name(), info.format()));
            context.out().println(context.messages().get("cli.tiles.zooms", info.minZoom(), info.maxZoom(), info.tileCount()));
            if (info.bounds() != null) {
                context.out().println(context.messages().get("cli.area.bounds", info.bounds().minLon(), info.bounds().minLat(),
                        info.bounds().maxLon(), info.bounds().maxLat()));
            }
            context.out().println(context.messages().get("cli.tiles.attribution",
                    info.attribution().isEmpty() ? context.messages().get("cli.tiles.no-attribution") : info.attribution()));
        }
    }
}
