package org.contrechamp.core.settings;

/**
 * The settings of a data directory opened to look at only: read from its file, and changed for this
 * session alone (a language or theme chosen in a read-only view applies at once, and writes nothing).
 */
public final class SessionSettings implements SettingsStore {

    private final SettingsStore file;
    private Settings changed;

    public SessionSettings(SettingsStore file) {
        this.file = file;
    }

    @Override
    public synchronized Settings load() {
        return changed != null ? changed : file.load();
    }

    @Override
    public synchronized void save(Settings settings) {
        changed = settings;
    }
}
