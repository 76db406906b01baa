package org.contrechamp.core.settings;

/** Reads and writes the user's settings; a write is atomic (the old file or the new, never half). */
public interface SettingsStore {

    Settings load();

    void save(Settings settings);
}
