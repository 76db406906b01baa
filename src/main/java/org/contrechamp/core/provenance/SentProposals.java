package org.contrechamp.core.provenance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.contrechamp.core.bundle.AuthorshipLedger;
import org.contrechamp.core.bundle.KeptRevisions;
import org.contrechamp.core.bundle.KeptRevisions.Kept;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingRepository;

/**
 * What this computer sent as proposals, and what became of them (docs/adr/0068). A change made here
 * to a record someone else created is this computer's at once; everywhere else it waits for the
 * record's author or a coordinator. It is decided once a version from one of them includes it: a
 * version this computer received, kept with everything it includes, whose signer could change the
 * record when it came ({@link Kept#counts()}). Until then its maker sees it waiting.
 *
 * <p>This computer does not know its own role elsewhere: a coordinator's changes to others' records
 * are taken as they are wherever the key is trusted as a coordinator's, and show here as waiting
 * until their author's next version includes them. The callers say so.
 */
public final class SentProposals {

    private static final String BUNDLE_PREFIX = "bundle:";

    /**
     * One record's changes made here that no version from its author or a coordinator includes yet.
     *
     * @param revisions the revisions made here that wait, as this computer numbers them, oldest first
     * @param fields    the shared fields they change
     * @param deletes   whether one of them deletes the record
     * @param restores  whether one of them restores it
     * @param at        when the newest of them was made
     * @param digests   their digests, as {@link #decidedAmong} looks for them
     */
    public record Waiting(UUID sightingId, Fingerprint author, List<Long> revisions, Set<SightingField> fields,
                          boolean deletes, boolean restores, Instant at, List<String> digests) {
        public Waiting {
            revisions = List.copyOf(revisions);
            fields = fields.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(fields));
            digests = List.copyOf(digests);
        }
    }

    /**
     * A change made here that a version from someone who may change the record now includes.
     *
     * @param revision  the newest such revision of this record, as this computer numbers it
     * @param decidedBy the signer of the first version received that includes it
     * @param outcome   {@link RecordProvenance.Answer#TAKEN}, {@code UNDONE} or {@code CHANGED}: what that
     *                  version holds of the fields the change set
     */
    public record Decided(UUID sightingId, Fingerprint author, long revision, Fingerprint decidedBy, String outcome) {
    }

    private final SightingRepository repository;
    private final AuthorshipLedger authors;
    private final KeptRevisions kept;
    private final Supplier<Optional<PublicIdentity>> self;

    public SentProposals(SightingRepository repository, AuthorshipLedger authors, KeptRevisions kept,
                         Supplier<Optional<PublicIdentity>> self) {
        this.repository = repository;
        this.authors = authors;
        this.kept = kept;
        this.self = self;
    }

    /** Every record someone else created that holds changes made here still waiting, oldest first. */
    public List<Waiting> waiting() {
        List<Waiting> all = new ArrayList<>();
        for (Map.Entry<UUID, Fingerprint> e : othersRecords(repository.editedHere()).entrySet()) {
            Record r = read(e.getKey(), e.getValue());
            r.waiting().ifPresent(all::add);
        }
        all.sort(Comparator.comparing(Waiting::at).thenComparing(w -> w.sightingId().toString()));
        return all;
    }

    /**
     * Of what {@link #waiting()} said before (a sync, typically), what is decided now: one per record,
     * in the order given.
     */
    public List<Decided> decidedAmong(Collection<Waiting> before) {
        List<Decided> decided = new ArrayList<>();
        for (Waiting w : before) {
            read(w.sightingId(), w.author()).decided(Set.copyOf(w.digests())).ifPresent(decided::add);
        }
        return decided;
    }

    /**
     * Of these records, those that hold nothing made here: someone else created them and no change
     * was made to them here, by their authors. An item on one of them is between others: this
     * computer only holds it until the author or a coordinator decides.
     */
    public Map<UUID, Fingerprint> othersAlone(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<UUID> edited = new java.util.HashSet<>(repository.editedHere());
        Map<UUID, Fingerprint> alone = new LinkedHashMap<>(othersRecords(ids));
        alone.keySet().removeIf(edited::contains);
        return alone;
    }

    /** The records among these that someone else created (a known author that is not this computer's key). */
    private Map<UUID, Fingerprint> othersRecords(Collection<UUID> ids) {
        String me = self.get().map(i -> i.fingerprint().hex()).orElse(null);
        Map<UUID, Fingerprint> others = new LinkedHashMap<>();
        authors.authors(ids).forEach((id, author) -> {
            if (author != null && !author.hex().equals(me)) {
                others.put(id, author);
            }
        });
        return others;
    }

    private Record read(UUID id, Fingerprint author) {
        return new Record(id, author, repository.history(id), kept.about(id));
    }

    /** One record's history and kept versions, read once. */
    private record Record(UUID id, Fingerprint author, List<HistoryEntry> history, List<Kept> versions) {

        Optional<Waiting> waiting() {
            List<Long> revisions = new ArrayList<>();
            List<String> digests = new ArrayList<>();
            Set<SightingField> fields = EnumSet.noneOf(SightingField.class);
            boolean deletes = false;
            boolean restores = false;
            Instant at = null;
            for (int i = 0; i < history.size(); i++) {
                HistoryEntry own = history.get(i);
                if (ProposalAnswers.isOwnChange(own.change()) && answer(own.change().digest()).isEmpty()) {
                    revisions.add(own.change().revision());
                    digests.add(own.change().digest());
                    fields.addAll(ProposalAnswers.sharedFields(own.change()));
                    deletes |= own.change().kind() == ChangeKind.DELETE;
                    restores |= own.change().kind() == ChangeKind.RESTORE;
                    at = own.change().at();
                }
            }
            return revisions.isEmpty() ? Optional.empty()
                    : Optional.of(new Waiting(id, author, revisions, fields, deletes, restores, at, digests));
        }

        Optional<Decided> decided(Set<String> waitingBefore) {
            int first = -1;
            int last = -1;
            Set<SightingField> fields = EnumSet.noneOf(SightingField.class);
            boolean deletesOrRestores = false;
            for (int i = 1; i < history.size(); i++) {
                HistoryEntry own = history.get(i);
                if (waitingBefore.contains(own.change().digest()) && answer(own.change().digest()).isPresent()) {
                    first = first < 0 ? i : first;
                    last = i;
                    fields.addAll(ProposalAnswers.sharedFields(own.change()));
                    deletesOrRestores |= ProposalAnswers.deletesOrRestores(own.change());
                }
            }
            if (last < 0) {
                return Optional.empty();
            }
            HistoryEntry own = history.get(last);
            Answer answer = answer(own.change().digest()).orElseThrow();
            // Photos are named as they travel in a kept version, as this computer holds them in a row:
            // compared only where the answer is a row here.
            Set<SightingField> compared = EnumSet.noneOf(SightingField.class);
            compared.addAll(fields);
            if (answer.row() == null) {
                compared.remove(SightingField.PHOTOS);
            }
            HistoryEntry before = history.get(first - 1);
            String outcome = ProposalAnswers.outcome(own.after(), own.deleted(), before.after(), before.deleted(),
                    answer.values(), answer.deleted(), compared, deletesOrRestores);
            return Optional.of(new Decided(id, author, own.change().revision(), answer.signer(), outcome));
        }

        /**
         * The first version from someone who may change the record that includes this digest: a kept
         * version, or, for what was stored before versions were kept, a decision received on it.
         */
        private Optional<Answer> answer(String digest) {
            for (Kept k : versions) {
                if (k.signer() != null && k.counts() && (k.includes().contains(digest) || k.digest().equals(digest))) {
                    HistoryEntry row = rowOf(k.digest());
                    return Optional.of(row != null ? new Answer(row, row.after(), row.deleted(), k.signer())
                            : new Answer(null, k.sighting(), k.deleted(), k.signer()));
                }
            }
            for (HistoryEntry e : history) {
                Change c = e.change();
                if (c.origin().startsWith(BUNDLE_PREFIX) && c.parents().contains(digest) && c.author() != null) {
                    Optional<Fingerprint> signer = Fingerprint.parse(c.author());
                    if (signer.isPresent()) {
                        return Optional.of(new Answer(e, e.after(), e.deleted(), signer.get()));
                    }
                }
            }
            return Optional.empty();
        }

        private HistoryEntry rowOf(String digest) {
            for (HistoryEntry e : history) {
                if (digest.equals(e.change().digest())) {
                    return e;
                }
            }
            return null;
        }
    }

    /** @param row the history row holding it here, null when only a kept version does */
    private record Answer(HistoryEntry row, org.contrechamp.core.sighting.Sighting values, boolean deleted,
                          Fingerprint signer) {
    }
}
