package org.contrechamp.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.contrechamp.core.area.AddressMatch;
import org.contrechamp.core.area.AreaService;
import org.contrechamp.core.area.Gazetteer;
import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.area.OsmCameraMatch;
import org.contrechamp.core.area.OsmCameras;
import org.contrechamp.core.area.StreetMatch;
import org.contrechamp.core.area.StreetName;
import org.contrechamp.core.common.DecimalText;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The area's look-ups: street and address of a point, street-name search, OSM cameras. */
final class AreaLookupCommands {

    private AreaLookupCommands() {
    }

    /** The options of a point look-up. */
    abstract static class PointLookup implements Runnable {
        @ParentCommand
        AreaCommand parent;

        @Option(names = "--lat", required = true, paramLabel = "LAT", descriptionKey = "option.lat")
        String latitude;

        @Option(names = "--lon", required = true, paramLabel = "LON", descriptionKey = "option.lon")
        String longitude;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        final CliContext context;

        PointLookup(CliContext context) {
            this.context = context;
        }

        double lat() {
            return CliNumbers.parse("--lat", latitude);
        }

        double lon() {
            return CliNumbers.parse("--lon", longitude);
        }

        static double distance(String text, double fallback) {
            return text == null ? fallback : CliNumbers.parse("--max-distance", text);
        }

        /** Runs a query on the current area (an error saying what to do when there is none). */
        <T> Optional<T> lookUp(Function<AreaService, Optional<T>> query) {
            try (Workspace workspace = parent.openWorkspaceToRead()) {
                workspace.area().requireCurrent();
                return query.apply(workspace.area());
            }
        }
    }

    /** {@code area street --lat LAT --lon LON [--max-distance M] [--json]}. */
    @Command(name = "street", mixinStandardHelpOptions = true)
    static final class Street extends PointLookup {
        @Option(names = "--max-distance", paramLabel = "METRES", descriptionKey = "option.max-distance")
        String maxDistance;

        Street(CliContext context) {
            super(context);
        }

        @Override
        public void run() {
            double lat = lat();
            double lon = lon();
            double max = distance(maxDistance, Gazetteer.DEFAULT_MAX_DISTANCE_M);
            Optional<StreetMatch> match = lookUp(area -> area.gazetteer().nearestStreet(lat, lon, max));
            if (json) {
                AreaJson.print(context.out(), g -> {
                    g.writeStartObject();
                    g.writeStringField("name", match.map(StreetMatch::name).orElse(null));
                    if (match.isPresent()) {
                        g.writeNumberField("distanceMeters", AreaJson.metres(match.get().distanceMeters()));
                        g.writeNumberField("wayId", match.get().wayId());
                    } else {
                        g.writeNullField("distanceMeters");
                        g.writeNullField("wayId");
                    }
                    g.writeEndObject();
                });
            } else if (match.isPresent()) {
                context.out().println(context.messages().get("cli.area.street", match.get().name(),
                        AreaJson.metres(match.get().distanceMeters()), String.valueOf(match.get().wayId())));
            } else {
                context.out().println(context.messages().get("cli.area.no-street", max));
            }
        }
    }

    /** {@code area address --lat LAT --lon LON [--max-distance M] [--json]}. */
    @Command(name = "address", mixinStandardHelpOptions = true)
    static final class AddressCommand extends PointLookup {
        @Option(names = "--max-distance", paramLabel = "METRES", descriptionKey = "option.max-distance")
        String maxDistance;

        AddressCommand(CliContext context) {
            super(context);
        }

        @Override
        public void run() {
            double lat = lat();
            double lon = lon();
            double max = distance(maxDistance, Gazetteer.DEFAULT_MAX_DISTANCE_M);
            Optional<AddressMatch> match = lookUp(area -> area.gazetteer().nearestAddress(lat, lon, max));
            if (json) {
                AreaJson.print(context.out(), g -> {
                    g.writeStartObject();
                    g.writeStringField("label", match.map(m -> m.address().label()).orElse(null));
                    g.writeStringField("housenumber", match.map(m -> m.address().housenumber()).orElse(null));
                    g.writeStringField("street", match.map(m -> m.address().street()).orElse(null));
                    g.writeStringField("postcode", match.map(m -> m.address().postcode()).orElse(null));
                    if (match.isPresent()) {
                        g.writeNumberField("distanceMeters", AreaJson.metres(match.get().distanceMeters()));
                        g.writeStringField("osm", match.get().address().osmType().osmName() + "/" + match.get().address().osmId());
                    } else {
                        g.writeNullField("distanceMeters");
                        g.writeNullField("osm");
                    }
                    g.writeEndObject();
                });
            } else if (match.isPresent()) {
                context.out().println(context.messages().get("cli.area.address", match.get().address().label(),
                        AreaJson.metres(match.get().distanceMeters())));
            } else {
                context.out().println(context.messages().get("cli.area.no-address", max));
            }
        }
    }

    /** {@code area search TEXT [--limit N] [--json]}: street names, accents and case ignored. */
    @Command(name = "search", mixinStandardHelpOptions = true)
    static final class Search implements Runnable {
        @ParentCommand
        AreaCommand parent;

        @Parameters(index = "0", paramLabel = "TEXT", descriptionKey = "param.street-query")
        String query;

        @Option(names = "--limit", defaultValue = "20", paramLabel = "N", descriptionKey = "option.limit")
        int limit;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Search(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            List<StreetName> names;
            try (Workspace workspace = parent.openWorkspaceToRead()) {
                workspace.area().requireCurrent();
                names = workspace.area().gazetteer().search(query, Math.max(1, Math.min(limit, 1000)));
            }
            if (json) {
                AreaJson.print(context.out(), g -> {
                    g.writeStartArray();
                    for (StreetName name : names) {
                        g.writeStartObject();
                        g.writeStringField("name", name.name());
                        g.writeNumberField("ways", name.ways());
                        g.writeFieldName("bounds");
                        AreaJson.box(g, name.bounds());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                });
            } else {
                names.forEach(name -> context.out().println(name.name()));
            }
        }
    }

    /** {@code area cameras [--bbox B] [--json]}: the cameras already in OpenStreetMap, with their tags. */
    @Command(name = "cameras", mixinStandardHelpOptions = true)
    static final class Cameras implements Runnable {
        @ParentCommand
        AreaCommand parent;

        @Option(names = "--bbox", paramLabel = "MINLON,MINLAT,MAXLON,MAXLAT", descriptionKey = "option.bbox")
        String bbox;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        private final CliContext context;

        Cameras(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            List<OsmCamera> cameras;
            try (Workspace workspace = parent.openWorkspaceToRead()) {
                BoundingBox box = bbox != null ? BoxText.parse(bbox) : workspace.area().requireCurrent().dataBounds();
                cameras = workspace.area().cameras().inBox(box);
            }
            if (json) {
                AreaJson.print(context.out(), g -> {
                    g.writeStartArray();
                    for (OsmCamera camera : cameras) {
                        g.writeStartObject();
                        g.writeNumberField("id", camera.nodeId());
                        AreaJson.coordinateField(g, "lat", camera.lat());
                        AreaJson.coordinateField(g, "lon", camera.lon());
                        g.writeObjectFieldStart("tags");
                        for (Map.Entry<String, String> tag : camera.tags().entrySet()) {
                            g.writeStringField(tag.getKey(), tag.getValue());
                        }
                        g.writeEndObject();
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                });
            } else {
                for (OsmCamera camera : cameras) {
                    context.out().println("node/" + camera.nodeId() + "\t" + DecimalText.coordinate(camera.lat()) + "\t"
                            + DecimalText.coordinate(camera.lon()) + "\t" + camera.tags());
                }
            }
        }
    }

    /** {@code area already-mapped --lat LAT --lon LON [--json]}: the OSM camera within 10 m, if any. */
    @Command(name = "already-mapped", mixinStandardHelpOptions = true)
    static final class AlreadyMapped extends PointLookup {
        AlreadyMapped(CliContext context) {
            super(context);
        }

        @Override
        public void run() {
            double lat = lat();
            double lon = lon();
            Optional<OsmCameraMatch> match = lookUp(area -> area.cameras().nearest(lat, lon, OsmCameras.ALREADY_MAPPED_M));
            if (json) {
                AreaJson.print(context.out(), g -> {
                    g.writeStartObject();
                    if (match.isPresent()) {
                        g.writeNumberField("nodeId", match.get().camera().nodeId());
                        g.writeNumberField("distanceMeters", AreaJson.metres(match.get().distanceMeters()));
                        g.writeStringField("url", match.get().camera().url());
                    } else {
                        g.writeNullField("nodeId");
                        g.writeNullField("distanceMeters");
                        g.writeNullField("url");
                    }
                    g.writeEndObject();
                });
            } else if (match.isPresent()) {
                context.out().println(context.messages().get("cli.area.already-mapped", match.get().camera().url(),
                        AreaJson.metres(match.get().distanceMeters())));
            } else {
                context.out().println(context.messages().get("cli.area.not-mapped", OsmCameras.ALREADY_MAPPED_M));
            }
        }
    }
}
