package org.contrechamp.storage.zone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.common.AtomicFiles;
import org.contrechamp.core.zone.DrawnZone;
import org.contrechamp.core.zone.DrawnZoneStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drawn zones as {@code drawn-zones.json} in the data directory, beside the settings and kept the
 * same way: written to a temporary file and moved into place; a file that cannot be read is set aside
 * (renamed, never deleted, so a person can mend it) and reading starts again from no zones. A zone
 * whose entry is damaged (no name, fewer than three corners) is skipped with a warning, the others
 * read.
 *
 * <pre>{"format": 1, "areas": {"monaco.osm.pbf": [{"name": "Port", "corners": [[43.73, 7.42], ...]}]}}</pre>
 */
public final class JsonDrawnZoneStore implements DrawnZoneStore {

    public static final String FILE_NAME = "drawn-zones.json";
    private static final Logger LOG = LoggerFactory.getLogger(JsonDrawnZoneStore.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public JsonDrawnZoneStore(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    @Override
    public synchronized List<DrawnZone> load(String areaKey) {
        JsonNode zones = read().path("areas").path(areaKey);
        List<DrawnZone> found = new ArrayList<>();
        int index = 0;
        for (JsonNode zone : zones) {
            index++;
            DrawnZone read = zone(zone);
            if (read == null) {
                LOG.warn("{}: drawn zone {} of its area is damaged and was skipped", FILE_NAME, index);
            } else {
                found.add(read);
            }
        }
        return List.copyOf(found);
    }

    @Override
    public synchronized void save(String areaKey, List<DrawnZone> zones) {
        ObjectNode root = read().deepCopy();
        root.put("format", 1);
        ObjectNode areas = root.has("areas") && root.get("areas").isObject() ? (ObjectNode) root.get("areas")
                : root.putObject("areas");
        ArrayNode list = areas.putArray(areaKey);
        for (DrawnZone zone : zones) {
            ObjectNode node = list.addObject();
            node.put("name", zone.name());
            ArrayNode corners = node.putArray("corners");
            for (DrawnZone.Corner c : zone.corners()) {
                corners.addArray().add(c.lat()).add(c.lon());
            }
        }
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(root), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole file, or an empty object when there is none (a damaged one is set aside first). */
    private ObjectNode read() {
        if (!Files.exists(file)) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root != null && root.isObject()) {
                return (ObjectNode) root;
            }
            throw new IOException("not a JSON object");
        } catch (IOException e) {
            Path aside = file.resolveSibling(FILE_NAME + ".damaged");
            LOG.warn("{} unreadable ({}); starting with no drawn zones and keeping it as {}", FILE_NAME, e.getMessage(),
                    aside.getFileName());
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("could not set the damaged drawn zones file aside", moveFailed);
            }
            return JSON.createObjectNode();
        }
    }

    private static DrawnZone zone(JsonNode node) {
        JsonNode name = node.path("name");
        if (!name.isTextual() || name.asText().isBlank() || !node.path("corners").isArray()) {
            return null;
        }
        List<DrawnZone.Corner> corners = new ArrayList<>();
        for (JsonNode c : node.path("corners")) {
            if (c.size() != 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
                return null;
            }
            double lat = c.get(0).asDouble();
            double lon = c.get(1).asDouble();
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                return null;
            }
            corners.add(new DrawnZone.Corner(lat, lon));
        }
        return corners.size() < 3 ? null : new DrawnZone(name.asText().strip(), corners);
    }
}
