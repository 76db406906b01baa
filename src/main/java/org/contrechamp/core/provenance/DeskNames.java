package org.contrechamp.core.provenance;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.HistoryEntry;

/**
 * The names the desk's pages say instead of ids: a record by what and where it is (its latest
 * revision, a tombstone's too: {@link RecordNames}), a key and a record's author by the pseudonym this
 * computer knows them by, "(you)" for this computer's own, as the volunteers page shows them. Reads
 * the database and remembers what it read: make one per page load, off the FX thread
 * ({@link ProvenanceService#names}).
 */
public final class DeskNames {

    private final Messages messages;
    private final RecordNames records;
    private final Function<UUID, java.util.Optional<HistoryEntry>> latest;
    private final Function<String, Person> keys;
    private final Function<Collection<UUID>, Map<UUID, Person>> authors;
    private final Map<UUID, String> recordNames = new HashMap<>();
    private final Map<UUID, String> authorNames = new HashMap<>();

    DeskNames(Messages messages, Function<UUID, java.util.Optional<HistoryEntry>> latest, Function<String, Person> keys,
            Function<Collection<UUID>, Map<UUID, Person>> authors) {
        this.messages = messages;
        this.records = new RecordNames(messages);
        this.latest = latest;
        this.keys = keys;
        this.authors = authors;
    }

    /** "Camera · Dome · Rue Grimaldi", or "sighting 1b2c3d4e…" for a record not held. */
    public synchronized String record(UUID id) {
        return recordNames.computeIfAbsent(id, k -> latest.apply(k).map(e -> records.name(e.after()))
                .orElseGet(() -> records.unknown(k)));
    }

    /**
     * A key's pseudonym ("bob", "Coordination Est (you)"); its short fingerprint when not in the keyring;
     * null is this computer.
     */
    public synchronized String key(String fingerprintHex) {
        return shown(keys.apply(fingerprintHex));
    }

    /** Who created each record, by pseudonym; records made here are this computer's. */
    public synchronized Map<UUID, String> authors(Collection<UUID> ids) {
        Map<UUID, String> found = new LinkedHashMap<>();
        java.util.List<UUID> missing = ids.stream().filter(id -> !authorNames.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            authors.apply(missing).forEach((id, person) -> authorNames.put(id, shown(person)));
        }
        for (UUID id : ids) {
            found.put(id, authorNames.get(id));
        }
        return found;
    }

    private String shown(Person p) {
        return p.shownIn(messages);
    }
}
