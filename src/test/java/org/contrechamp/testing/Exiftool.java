package org.contrechamp.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Asks exiftool (skipping the test when it is not installed) what a file carries. */
public final class Exiftool {

    /** Groups that describe the file and the JPEG frame itself, not metadata someone wrote. */
    private static final Set<String> NOT_METADATA = Set.of("SourceFile", "ExifTool", "System", "File", "Composite");

    private Exiftool() {
    }

    /** Every tag outside the file/frame groups: empty when the photo carries no metadata at all. */
    public static Map<String, String> metadata(Path file) {
        String json = run("exiftool", "-j", "-G1", "-a", "-u", "-ee", file.toString());
        Map<String, String> found = new TreeMap<>();
        try {
            JsonNode root = new ObjectMapper().readTree(json).get(0);
            Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String group = f.getKey().contains(":") ? f.getKey().substring(0, f.getKey().indexOf(':')) : f.getKey();
                if (!NOT_METADATA.contains(group)) {
                    found.put(f.getKey(), f.getValue().asText());
                }
                if ("ExifTool:Warning".equals(f.getKey()) || "ExifTool:Error".equals(f.getKey())) {
                    found.put(f.getKey(), f.getValue().asText());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(json, e);
        }
        return found;
    }

    public static boolean available() {
        return Commands.works("exiftool", "-ver");
    }

    static String run(String... command) {
        assumeTrue(available(), "exiftool is not installed");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
