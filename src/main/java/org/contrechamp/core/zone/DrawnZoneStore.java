package org.contrechamp.core.zone;

import java.util.List;

/**
 * Where the zones a user drew are kept, per area (named by the file it was imported from, so that
 * importing the same extract again keeps them). A save replaces the area's zones whole and atomically.
 */
public interface DrawnZoneStore {

    List<DrawnZone> load(String areaKey);

    void save(String areaKey, List<DrawnZone> zones);

    /** Nothing kept: for workspaces that do not store drawn zones (tests). */
    DrawnZoneStore NONE = new DrawnZoneStore() {
        @Override
        public List<DrawnZone> load(String areaKey) {
            return List.of();
        }

        @Override
        public void save(String areaKey, List<DrawnZone> zones) {
            throw new UnsupportedOperationException("this workspace keeps no drawn zones");
        }
    };
}
