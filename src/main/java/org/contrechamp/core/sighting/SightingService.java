package org.contrechamp.core.sighting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.contrechamp.core.audit.AuditLog;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.geo.BoundingBox;

/**
 * What the volunteer does to sightings: create, edit, delete, bring back. Validates, numbers
 * revisions, stamps times and says which fields changed; the repository stores each change with its
 * history entry in one transaction. Synchronous and thread-safe (the repository serialises writes).
 */
public final class SightingService {

    private final SightingRepository repository;
    private final Clock clock;
    private final StreetFinder streets;
    private final AuditLog audit;
    private final Transactions transactions;

    public SightingService(SightingRepository repository, Clock clock) {
        this(repository, clock, StreetFinder.NONE);
    }

    public SightingService(SightingRepository repository, Clock clock, StreetFinder streets) {
        this(repository, clock, streets, AuditLog.none(), Transactions.NONE);
    }

    /**
     * @param audit where marking a camera removed is recorded (docs/adr/0050), in the transaction that
     *              stores the revision, whichever face made it (the form, {@code sightings remove})
     */
    public SightingService(SightingRepository repository, Clock clock, StreetFinder streets, AuditLog audit,
            Transactions transactions) {
        this.repository = repository;
        this.clock = clock;
        this.streets = streets;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Stores a new sighting at revision 1 (with its street, when an area knows it). */
    public Sighting create(Sighting draft) {
        Instant now = now();
        Sighting s = withStreet(draft, null).toBuilder()
                .revision(1)
                .createdAt(draft.createdAt() == null ? now : draft.createdAt())
                .updatedAt(now)
                .build();
        SightingValidator.requireValidInput(s);
        repository.store(s, false, new Change(s.id(), 1, 0, ChangeKind.CREATE, now,
                EnumSet.allOf(SightingField.class), Change.LOCAL));
        return s;
    }

    /**
     * Stores an edited sighting. {@code edited.revision()} must be the revision it was loaded at;
     * when nothing changed the stored version is returned and no revision is spent.
     *
     * @throws StaleRevisionException when someone stored a newer revision meanwhile
     */
    public Sighting update(Sighting edited) {
        return update(edited, null);
    }

    /**
     * {@link #update(Sighting)}, with why ({@code comment}) for the audit log when the edit marks the
     * camera removed.
     */
    public Sighting update(Sighting edited, String comment) {
        SightingValidator.requireValid(edited);
        Sighting stored = repository.find(edited.id())
                .orElseThrow(() -> new NoSuchElementException("no sighting " + edited.id()));
        if (stored.revision() != edited.revision()) {
            throw new StaleRevisionException(edited.id(), edited.revision());
        }
        Sighting placed = withStreet(edited, stored);
        Set<SightingField> changed = SightingField.changedBetween(stored, placed);
        if (changed.isEmpty()) {
            return stored;
        }
        if (changed.contains(SightingField.EXTRA_TAGS)) {
            // Tags changed now must keep the limits; tags an earlier version accepted stay as they are.
            SightingValidator.requireValidInput(placed);
        }
        Instant now = now();
        Sighting next = placed.toBuilder().revision(stored.revision() + 1).updatedAt(UpdateTime.of(now, stored)).build();
        Change change = new Change(next.id(), next.revision(), stored.revision(), ChangeKind.UPDATE, now, changed,
                Change.LOCAL);
        if (!next.isRemoved() || stored.isRemoved() && Lifecycle.of(stored).equals(Lifecycle.of(next))) {
            repository.store(next, false, change);
            return next;
        }
        return transactions.inTransaction(() -> {
            repository.store(next, false, change);
            audit.cameraRemoved(next.id(), removalDetail(next), comment);
            return next;
        });
    }

    /** Deletes a sighting, leaving a tombstone that history and sync still see. Returns the tombstone. */
    public Sighting delete(UUID id) {
        Sighting stored = repository.find(id).orElseThrow(() -> new NoSuchElementException("no sighting " + id));
        Instant now = now();
        Sighting tombstone = stored.toBuilder().revision(stored.revision() + 1).updatedAt(UpdateTime.of(now, stored))
                .build();
        repository.store(tombstone, true, new Change(id, tombstone.revision(), stored.revision(), ChangeKind.DELETE,
                now, Set.of(), Change.LOCAL));
        return tombstone;
    }

    /**
     * Deletes a sighting whose tombstone carries these extra tags besides its own (a duplicate merged
     * away names its survivor), in one revision that travels like any delete.
     *
     * @param expectedRevision the revision the caller decided on
     * @throws StaleRevisionException when someone stored a newer revision meanwhile
     */
    public Sighting deleteTagged(UUID id, long expectedRevision, java.util.Map<String, String> tags) {
        Sighting stored = repository.find(id).orElseThrow(() -> new NoSuchElementException("no sighting " + id));
        if (stored.revision() != expectedRevision) {
            throw new StaleRevisionException(id, expectedRevision);
        }
        Instant now = now();
        Sighting.Builder tagged = stored.toBuilder().revision(stored.revision() + 1).updatedAt(UpdateTime.of(now, stored));
        tags.forEach(tagged::extraTag);
        Sighting tombstone = tagged.build();
        SightingValidator.requireValidInput(tombstone);
        Set<SightingField> changed = tombstone.extraTags().equals(stored.extraTags()) ? Set.of()
                : EnumSet.of(SightingField.EXTRA_TAGS);
        repository.store(tombstone, true, new Change(id, tombstone.revision(), stored.revision(), ChangeKind.DELETE,
                now, changed, Change.LOCAL));
        return tombstone;
    }

    /** Brings a deleted sighting back as it was (the undo of a delete). */
    public Sighting restore(UUID id) {
        HistoryEntry last = repository.latest(id).orElseThrow(() -> new NoSuchElementException("no sighting " + id));
        if (!last.deleted()) {
            return last.after();
        }
        Instant now = now();
        Sighting restored = last.after().toBuilder().revision(last.after().revision() + 1)
                .updatedAt(UpdateTime.of(now, last.after())).build();
        repository.store(restored, false, new Change(id, restored.revision(), last.after().revision(),
                ChangeKind.RESTORE, now, Set.of(), Change.LOCAL));
        return restored;
    }

    /**
     * Sets some fields of the stored record to their values in {@code source}, leaving the others as
     * they are now: how an undo takes back one edit without clobbering later edits of other fields.
     */
    public Sighting applyFields(UUID id, Sighting source, Set<SightingField> fields) {
        Sighting current = repository.find(id).orElseThrow(() -> new NoSuchElementException("no sighting " + id));
        Sighting.Builder edited = current.toBuilder();
        for (SightingField field : SightingField.values()) {
            if (fields.contains(field) && field != SightingField.EXTRA_TAGS) {
                field.copy(source, edited);
            }
        }
        if (fields.contains(SightingField.EXTRA_TAGS)) {
            SightingField.EXTRA_TAGS.copy(source, edited);
        }
        return update(edited.build());
    }

    public Optional<Sighting> find(UUID id) {
        return repository.find(id);
    }

    /** Every live sighting in creation order, streamed (for exports of any size). */
    public void forEachLive(Consumer<Sighting> action) {
        repository.forEachLive(action);
    }

    public List<Sighting> listLive() {
        return repository.listLive();
    }

    /** Every live sighting, in creation order; the records that cannot be read go to {@code damaged}. */
    public void forEachLive(Consumer<Sighting> action, Consumer<DamagedRecord> damaged) {
        repository.forEachLive(action, damaged);
    }

    /** Every deleted record's tombstone, in creation order; the records that cannot be read go to {@code damaged}. */
    public void forEachDeleted(Consumer<Sighting> action, Consumer<DamagedRecord> damaged) {
        repository.forEachDeleted(action, damaged);
    }

    /** Every live sighting, and the records that cannot be read (left untouched in storage). */
    public LiveSightings loadLive() {
        List<Sighting> all = new java.util.ArrayList<>();
        List<DamagedRecord> damaged = new java.util.ArrayList<>();
        repository.forEachLive(all::add, damaged::add);
        return new LiveSightings(all, damaged);
    }

    /** The live sightings and the damaged records found while reading them. */
    public record LiveSightings(List<Sighting> sightings, List<DamagedRecord> damaged) {
        public LiveSightings {
            sightings = List.copyOf(sightings);
            damaged = List.copyOf(damaged);
        }
    }

    public List<Sighting> inBox(BoundingBox box) {
        return repository.inBox(box);
    }

    /** See {@link SightingRepository#idsStartingWith}. */
    public List<UUID> idsStartingWith(String start, int limit) {
        return repository.idsStartingWith(start, limit);
    }

    /** See {@link SightingRepository#idsMatchingText}. */
    public Set<UUID> idsMatchingText(String text) {
        return repository.idsMatchingText(text);
    }

    public long countLive() {
        return repository.countLive();
    }

    public List<HistoryEntry> history(UUID id) {
        return repository.history(id);
    }

    /** The revision held (a tombstone included): its digest is how computers compare it (docs/adr/0041). */
    public Optional<HistoryEntry> latest(UUID id) {
        return repository.latest(id);
    }

    /**
     * Gives sightings without a street the one the area knows at their position (after an area was
     * imported); streets already assigned, by hand or not, are left alone. Each one is a revision.
     *
     * @return how many sightings got a street
     */
    public int assignMissingStreets(Progress progress, Cancellation cancellation) {
        List<Sighting> all = repository.listLive();
        int assigned = 0;
        for (int i = 0; i < all.size(); i++) {
            cancellation.throwIfCancelled();
            Sighting s = all.get(i);
            if (s.street() == null) {
                Optional<StreetAssignment> street = streets.nearest(s.position().latitude(), s.position().longitude());
                if (street.isPresent()) {
                    update(s.toBuilder().street(street.get()).build());
                    assigned++;
                }
            }
            progress.update(i + 1, all.size(), "");
        }
        return assigned;
    }

    /** {@code {"date":"2026-12-01","lifecycle":"removed"}}: the day it was found so, and how. */
    private static String removalDetail(Sighting s) {
        String date = s.checkDate() == null ? "null" : "\"" + s.checkDate() + "\"";
        return "{\"date\":" + date + ",\"lifecycle\":\"" + Lifecycle.of(s).orElseThrow().prefix() + "\"}";
    }

    private Sighting withStreet(Sighting s, Sighting before) {
        return streets.placed(s, before);
    }

    /** Millisecond precision: what is stored is exactly what is read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
