package org.contrechamp.app;

import java.nio.file.Path;
import java.util.List;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.zone.DrawnZone;
import org.contrechamp.core.zone.DrawnZoneStore;

/** The drawn zones of a data directory opened to look at only: shown as stored, a change refused with the sentence. */
final class LookOnlyZoneStore implements DrawnZoneStore {

    private final DrawnZoneStore stored;
    private final Path dataDirectory;

    LookOnlyZoneStore(DrawnZoneStore stored, Path dataDirectory) {
        this.stored = stored;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public List<DrawnZone> load(String areaKey) {
        return stored.load(areaKey);
    }

    @Override
    public void save(String areaKey, List<DrawnZone> zones) {
        throw new DataUnavailableException(Problem.of(dataDirectory.toString(), "look-only-refused"));
    }
}
