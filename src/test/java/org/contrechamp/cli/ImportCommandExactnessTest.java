package org.contrechamp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.photo.metadata.ExiftoolReference;
import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The CI exactness check of issue 3: {@code import --dry-run --json} on every fixture photo agrees
 * with exiftool's reference (skipped when the fixtures are absent).
 */
class ImportCommandExactnessTest {

    @Test
    void dryRunJsonAgreesWithExiftoolOnEveryFixturePhoto() throws Exception {
        Path photos = Fixtures.require(ExiftoolReference.FOLDER);
        CliRunner.Result result = CliRunner.run(CliRunner::refuseToOpen, "import", "--dry-run", "--json", photos.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.out());
        Map<Path, JsonNode> byPath = new HashMap<>();
        for (JsonNode f : report.get("files")) {
            byPath.put(Path.of(f.get("path").asText()), f);
        }
        List<String> disagreements = new ArrayList<>();
        List<ExiftoolReference.Entry> entries = ExiftoolReference.entries();
        for (ExiftoolReference.Entry e : entries) {
            JsonNode f = byPath.get(e.file().toAbsolutePath().normalize());
            if (f == null) {
                disagreements.add(e.relative() + ": not in the report");
                continue;
            }
            compare(e, f, disagreements);
        }
        assertThat(disagreements).isEmpty();
        assertThat(entries).hasSize(108);
        assertThat(report.get("summary").get("dryRun").asBoolean()).isTrue();
    }

    private static void compare(ExiftoolReference.Entry e, JsonNode f, List<String> out) {
        String status = f.get("status").asText();
        if (!List.of("imported", "no-position").contains(status)) {
            out.add(e.relative() + ": status " + status + " (" + f.get("reason").asText() + ")");
            return;
        }
        if (e.hasPosition()) {
            if (f.get("lat").isNull() || Math.abs(f.get("lat").asDouble() - e.lat()) > 1e-6
                    || Math.abs(f.get("lon").asDouble() - e.lon()) > 1e-6) {
                out.add(e.relative() + ": position " + f.get("lat") + "," + f.get("lon") + " vs " + e.lat() + "," + e.lon());
            }
            if (!status.equals("imported")) {
                out.add(e.relative() + ": has a position but status " + status);
            }
        } else if (!f.get("lat").isNull() || !f.get("lon").isNull() || !status.equals("no-position")) {
            out.add(e.relative() + ": position " + f.get("lat") + "," + f.get("lon") + " where exiftool has none");
        }
        JsonNode direction = f.get("direction");
        if (e.direction() == null ? !direction.isNull()
                : direction.isNull() || Math.abs(direction.asDouble() - e.direction()) > 0.01) {
            out.add(e.relative() + ": direction " + direction + " vs " + e.direction());
        }
        JsonNode orientation = f.get("orientation");
        if (e.orientation() == null ? !orientation.isNull() : orientation.isNull() || orientation.asInt() != e.orientation()) {
            out.add(e.relative() + ": orientation " + orientation + " vs " + e.orientation());
        }
        JsonNode takenAt = f.get("takenAt");
        String expected = e.isoSecond();
        if (expected != null && (takenAt.isNull() || !takenAt.asText().startsWith(expected))) {
            out.add(e.relative() + ": takenAt " + takenAt + " vs " + e.dateTimeOriginal());
        }
        if (expected == null && !takenAt.isNull() && !(takenAt.asText().endsWith("Z"))) {
            out.add(e.relative() + ": takenAt " + takenAt + " where exiftool has no DateTimeOriginal (only GPS UTC allowed)");
        }
        if (!takenAt.isNull() && !takenAt.asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})?")) {
            out.add(e.relative() + ": takenAt " + takenAt + " is not ISO-8601 to the second");
        }
    }
}
