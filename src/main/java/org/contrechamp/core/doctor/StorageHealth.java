package org.contrechamp.core.doctor;

import java.util.List;

import org.contrechamp.core.sighting.DamagedRecord;

/** What only the storage layer can check of itself (implemented over SQLite). Reads only. */
public interface StorageHealth {

    /**
     * The database's own check of its pages and indexes ({@code PRAGMA quick_check}): what it found
     * wrong, in its words; empty when all is well.
     */
    List<String> integrityProblems();

    /** Reads back every stored revision of every sighting, and says which cannot be read. */
    RecordScan scanRecords();

    /** How many stored revisions were read, and the damaged ones (left as they are). */
    record RecordScan(long checked, List<DamagedRecord> damaged) {
        public RecordScan {
            damaged = List.copyOf(damaged);
        }
    }
}
