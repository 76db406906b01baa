package org.contrechamp.core.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.contrechamp.core.common.AtomicFiles;
import org.contrechamp.core.common.DecimalText;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.export.CsvCells;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.OsmValue;
import org.contrechamp.core.sighting.Sighting;

/**
 * The inventory as CSV, one row per camera in the order of the printed report (zone, street, number),
 * the cameras near no street with an empty street, the removed ones last with their date. Columns
 * have fixed English names and OSM values, so that a spreadsheet or a script reads every language's
 * file alike. Written whole to a temporary file and moved into place.
 */
public final class InventoryCsv {

    static final List<String> COLUMNS = List.of("zone", "street", "number", "id", "status", "removed_on", "kind",
            "camera_type", "camera_mount", "direction", "operator", "operator_type", "first_seen", "last_confirmed",
            "volunteers", "lat", "lon", "photo");

    private InventoryCsv() {
    }

    public static String text(Inventory inventory) {
        StringBuilder out = new StringBuilder();
        line(out, COLUMNS);
        for (InventoryZone zone : inventory.zones()) {
            for (InventoryStreet street : zone.streets()) {
                for (InventoryCamera camera : street.cameras()) {
                    row(out, camera, null);
                }
            }
            for (InventoryCamera camera : zone.withoutStreet()) {
                row(out, camera, null);
            }
        }
        for (RemovedCamera removed : inventory.removed()) {
            row(out, removed.camera(), removed);
        }
        return out.toString();
    }

    /** @throws InvalidInputException a file that cannot be written, naming it */
    public static void write(Inventory inventory, Path file) {
        try {
            AtomicFiles.write(file.toAbsolutePath(), text(inventory).getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.of(file.toString(), "file-unwritable", String.valueOf(e.getMessage())));
        }
    }

    private static void row(StringBuilder out, InventoryCamera camera, RemovedCamera removed) {
        Sighting s = camera.sighting();
        line(out, List.of(text(camera.zone()), text(camera.street()),
                removed == null && camera.street() != null ? Integer.toString(camera.number()) : "",
                s.id().toString(), removed == null ? "active" : "removed",
                removed == null || removed.removedOn() == null ? "" : removed.removedOn().toString(), osm(s.kind()),
                osm(s.cameraType()), osm(s.mount()),
                s.directions().stream().map(Direction::toTag).collect(Collectors.joining(";")), text(s.operator()),
                osm(s.operatorType()), camera.firstSeen() == null ? "" : camera.firstSeen().toString(),
                camera.lastConfirmed() == null ? "" : camera.lastConfirmed().toString(),
                Integer.toString(camera.volunteers()), DecimalText.shortest(s.position().latitude()),
                DecimalText.shortest(s.position().longitude()), text(camera.photo())));
    }

    private static String osm(OsmValue value) {
        return value == null ? "" : value.osmValue();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void line(StringBuilder out, List<String> cells) {
        StringJoiner joiner = new StringJoiner(",");
        for (String cell : cells) {
            joiner.add(CsvCells.quote(cell));
        }
        out.append(joiner).append("\r\n");
    }
}
