package org.contrechamp.core.sighting;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.contrechamp.core.geo.BoundingBox;

/**
 * Where sightings and their history are kept. Every method that writes is one transaction that
 * stores the record and appends its {@link Change} to the history together, or does nothing.
 * Implemented by the storage layer (SQLite); core code only sees this interface.
 */
public interface SightingRepository {

    /**
     * Stores {@code sighting} (at {@code change.revision()}) if the stored revision is still
     * {@code change.baseRevision()} (0: the record must not exist yet).
     *
     * @param deleted whether the record is a tombstone after this change
     * @throws StaleRevisionException when the stored revision moved on
     */
    void store(Sighting sighting, boolean deleted, Change change);

    /** Stores many new records in one transaction (imports, benchmarks); all or nothing. */
    void storeAll(List<Sighting> sightings, List<Change> changes);

    /** A live (not deleted) sighting. */
    Optional<Sighting> find(UUID id);

    /** The last stored version, tombstone or not, with its deleted flag. */
    Optional<HistoryEntry> latest(UUID id);

    /**
     * The last stored version of each of these records that exists (tombstones included), by id:
     * one lookup for a whole bundle instead of one per record.
     */
    default java.util.Map<UUID, HistoryEntry> latest(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, HistoryEntry> found = new java.util.HashMap<>();
        for (UUID id : ids) {
            latest(id).ifPresent(e -> found.put(id, e));
        }
        return found;
    }

    /**
     * Every live sighting, in creation order, without holding them all in memory. A record whose
     * stored text cannot be read is left out (and logged); {@link #forEachLive(Consumer, Consumer)}
     * names it.
     */
    void forEachLive(Consumer<Sighting> action);

    /**
     * Every live sighting, in creation order; each record whose stored text cannot be read goes to
     * {@code damaged} instead, in its place, and stays stored as it is.
     */
    default void forEachLive(Consumer<Sighting> action, Consumer<DamagedRecord> damaged) {
        forEachLive(action);
    }

    /**
     * Every deleted record's last version (its tombstone), in creation order, as {@link
     * #forEachLive(Consumer, Consumer)} gives the live ones: for comparing what each computer holds.
     */
    void forEachDeleted(Consumer<Sighting> action, Consumer<DamagedRecord> damaged);

    /** Every live sighting, in creation order; damaged records are left out (see {@link #forEachLive}). */
    List<Sighting> listLive();

    /** Live sightings inside a box (R*Tree). */
    List<Sighting> inBox(BoundingBox box);

    long countLive();

    /**
     * The live sightings whose street, operator or notes contain every word of {@code text}, each
     * as a word or the start of one, ignoring case and accents ("prefecture" finds "Préfecture").
     */
    Set<UUID> idsMatchingText(String text);

    /**
     * The ids of the records held here, deleted ones too, that start with {@code start} (lower-case
     * hexadecimal digits and hyphens, as ids are printed), in id order, at most {@code limit} of them.
     */
    List<UUID> idsStartingWith(String start, int limit);

    /** The record's history, oldest first. */
    List<HistoryEntry> history(UUID id);

    /** The record as it was at a given revision, for three-way merges. */
    Optional<HistoryEntry> atRevision(UUID id, long revision);

    /**
     * The digests of every revision the record's current one includes (docs/adr/0041): those of its
     * history rows and the ancestors recorded with {@link #addAncestors}, less those it
     * {@link #release released}. Empty when it is not held.
     */
    java.util.Map<UUID, Set<String>> lineage(java.util.Collection<UUID> ids);

    default Set<String> lineage(UUID id) {
        return lineage(List.of(id)).getOrDefault(id, Set.of());
    }

    /**
     * Records revisions the record's current revision includes without this computer holding them as
     * rows: the other sides of merges and resolutions and what they descend from. Call in the
     * transaction that stores the revision that includes them.
     */
    void addAncestors(UUID id, java.util.Collection<String> digests);

    /**
     * The proposals the record took and has given back since (docs/adr/0058): left out of its
     * lineage, though a row may name them, until a revision includes them again.
     */
    Set<String> released(UUID id);

    /**
     * Records that the record's current revision no longer includes these proposals, which it had
     * taken; {@link #addAncestors} of one of them takes it back in. Call in the transaction that
     * settles the record.
     */
    void release(UUID id, java.util.Collection<String> digests);

    /**
     * The records this computer changed after their creation (an edit, a deletion, a restoration or a
     * decision made here), read without the history: a change to someone else's record is a proposal
     * wherever its author or a coordinator decides.
     */
    Set<UUID> editedHere();

    /** Every change after {@code sequence}, in order: what a bundle must carry. */
    List<HistoryEntry> changesAfter(long sequence);

    /** The sequence of the newest change, 0 when there is none. */
    long lastSequence();
}
