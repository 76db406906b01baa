package org.contrechamp.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings as {@code settings.json} in the data directory. Written to a temporary file and moved into
 * place, so a crash leaves the old file or the new one. A damaged file is set aside (renamed, never
 * deleted) and the defaults are used, with a warning in the log; in a data directory only looked at
 * (docs/adr/0053) it is left where it is, and {@link #damaged()} says so.
 */
public final class JsonSettingsStore implements SettingsStore {

    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(JsonSettingsStore.class);
    /** Made when settings are first read or written: commands that never touch them do not pay for it. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final Path file;
    private final boolean lookOnly;
    private volatile boolean damaged;

    public JsonSettingsStore(Path dataDirectory) {
        this(dataDirectory, false);
    }

    private JsonSettingsStore(Path dataDirectory, boolean lookOnly) {
        this.file = dataDirectory.resolve(FILE_NAME);
        this.lookOnly = lookOnly;
    }

    /** The settings of a data directory opened to look at only: a damaged file is read as the defaults, untouched. */
    public static JsonSettingsStore lookingOnly(Path dataDirectory) {
        return new JsonSettingsStore(dataDirectory, true);
    }

    /** The file, to name it in a sentence. */
    public Path file() {
        return file;
    }

    /** Whether the last {@link #load} found the file damaged (and so used the defaults). */
    public boolean damaged() {
        return damaged;
    }

    @Override
    public synchronized Settings load() {
        damaged = false;
        if (!Files.exists(file)) {
            return Settings.DEFAULTS;
        }
        try {
            JsonNode stored = Mapper.INSTANCE.readTree(file.toFile());
            ObjectNode merged = Mapper.INSTANCE.valueToTree(Settings.DEFAULTS);
            if (stored != null && stored.isObject()) {
                // Take only the fields this version knows, over the defaults.
                Iterator<String> names = stored.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    if (merged.has(name)) {
                        merged.set(name, stored.get(name));
                    }
                }
            }
            return Mapper.INSTANCE.treeToValue(merged, Settings.class);
        } catch (IOException e) {
            damaged = true;
            if (lookOnly) {
                LOG.warn("settings file unreadable ({}); using defaults for this session, the file left as it is",
                        e.getMessage());
                return Settings.DEFAULTS;
            }
            Path aside = file.resolveSibling(FILE_NAME + ".damaged");
            LOG.warn("settings file unreadable ({}); using defaults and keeping it as {}", e.getMessage(), aside.getFileName());
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("could not set the damaged settings file aside", moveFailed);
            }
            return Settings.DEFAULTS;
        }
    }

    @Override
    public synchronized void save(Settings settings) {
        try {
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try {
                Mapper.INSTANCE.writeValue(temp.toFile(), settings);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
