package org.contrechamp.core.bundle;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.SightingRepository;
import org.contrechamp.core.sighting.StreetFinder;
import org.contrechamp.core.trust.Keyring;
import org.contrechamp.core.trust.TrustedKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a verified bundle: checks its place in the signer's sequence (replay, fork, gap), checks
 * and stages every photo, then applies all records in one transaction. Any failure leaves the
 * database as it was (staged photos are content-addressed copies that nothing refers to yet).
 */
public final class BundleImporter {

    /** Where the import's counts keep the waiting edits it merged, after one count per outcome. */
    private static final int RELEASED = RecordMerger.Outcome.values().length;


    private static final Logger LOG = LoggerFactory.getLogger(BundleImporter.class);

    private final SightingRepository repository;
    private final BundleLedger ledger;
    private final KeptRevisions kept;
    private final AuthorshipLedger authorship;
    private final Keyring keyring;
    private final Transactions transactions;
    private final SharedPhotoStore photos;
    private final PhotoSharingStore photoNames;
    private final StreetFinder streets;
    private final Clock clock;

    public BundleImporter(SightingRepository repository, BundleLedger ledger, KeptRevisions kept,
            AuthorshipLedger authorship, Keyring keyring, Transactions transactions, SharedPhotoStore photos,
            PhotoSharingStore photoNames, StreetFinder streets, Clock clock) {
        this.repository = repository;
        this.ledger = ledger;
        this.kept = kept;
        this.authorship = authorship;
        this.keyring = keyring;
        this.transactions = transactions;
        this.photos = photos;
        this.photoNames = photoNames;
        this.streets = streets;
        this.clock = clock;
    }

    /**
     * @param blobs where the bundle's photos are, by validated hash (the repository's blob folder)
     * @param source the bundle file, for messages
     */
    public ImportOutcome importBundle(VerifiedBundle bundle, Function<String, Path> blobs, String source,
            Cancellation cancellation) {
        Manifest m = bundle.manifest();
        String signerName = bundle.signer().identity().name();
        if (ledger.imported(bundle.id()).isPresent()) {
            return new ImportOutcome(bundle.id(), m.signer(), signerName, m.seq(), true, m.records().size(), 0, 0, 0, 0,
                    m.blobs().size(), 0, 0);
        }
        long missing = checkSequence(bundle, source);
        long started = System.nanoTime();
        stagePhotos(m.blobs(), blobs, source, cancellation);
        long staged = System.nanoTime();
        cancellation.throwIfCancelled();
        Instant now = clock.instant();
        RecordMerger merger = new RecordMerger(repository, ledger, kept, authorship, photoNames, streets, now);
        RecordMerger.Sender sender = new RecordMerger.Sender(m.signer(), signerName, bundle.id(), m.seq(),
                bundle.signer().isCoordinator(), bundle.signer().isTrusted());
        // One count per outcome, then the edits that were waiting for this bundle's records (RELEASED).
        int[] counts = new int[RELEASED + 1];
        try {
            merge(bundle, merger, sender, counts, missing, now);
        } catch (InvalidInputException e) {
            // A record this bundle changes is damaged here: refuse this bundle alone, naming the record;
            // the sync goes on, and the bundle is imported once the record is repaired.
            Problem problem = e.problems().get(0);
            if ("fields-mismatch".equals(problem.code())) {
                // Values that change a field the record does not list: which to believe cannot be told.
                throw new BundleRejectedException(source, "bundle-record-fields", problem.field(), problem.args().get(0));
            }
            if (!"damaged-record".equals(problem.code())) {
                throw e;
            }
            throw new BundleRejectedException(source, "bundle-held-record-damaged", problem.field());
        }
        LOG.info("imported bundle {} (seq {}): {} records, {} applied, {} conflicts, {} waiting; photos {} ms, records {} ms",
                bundle.id().substring(0, 12), m.seq(), m.records().size(), counts[0], counts[2], counts[3],
                (staged - started) / 1_000_000, (System.nanoTime() - staged) / 1_000_000);
        return new ImportOutcome(bundle.id(), m.signer(), signerName, m.seq(), false, m.records().size(), counts[0],
                counts[1], counts[2], counts[3], m.blobs().size(), missing, counts[RELEASED]);
    }

    /**
     * Settles the open items that nothing is left to decide in, whatever made them so since they
     * were kept: an edit made here (a volunteer restoring a camera as someone's proposal did) or a
     * bundle about the record. They are closed or merged as an import would (see
     * {@link RecordMerger}); one transaction. A sync calls it once its bundles are in.
     */
    public void settleOpenItems() {
        transactions.inTransaction(() -> {
            RecordMerger merger = new RecordMerger(repository, ledger, kept, authorship, photoNames, streets, clock.instant());
            ledger.openConflicts().stream().map(BundleLedger.Conflict::sightingId).distinct().forEach(merger::settle);
            merger.flush();
            return null;
        });
    }

    /**
     * Merges every record of the bundle, then the edits that were waiting for what it brought, and
     * records the import: one transaction. {@code counts} receives each outcome, replayed ones included.
     */
    private void merge(VerifiedBundle bundle, RecordMerger merger, RecordMerger.Sender sender, int[] counts,
            long missing, Instant now) {
        Manifest m = bundle.manifest();
        transactions.inTransaction(() -> {
            List<UUID> ids = m.records().stream().map(BundleRecord::id).toList();
            Map<UUID, HistoryEntry> held = repository.latest(ids);
            Map<UUID, Fingerprint> authors = authorship.authors(ids);
            Map<UUID, Set<String>> lineage = repository.lineage(held.keySet());
            for (BundleRecord record : m.records()) {
                counts[merger.merge(record, Optional.ofNullable(held.get(record.id())),
                        lineage.getOrDefault(record.id(), Set.of()), Optional.ofNullable(authors.get(record.id())),
                        sender).ordinal()]++;
            }
            merger.flush();
            mergeWaitingEdits(merger, counts);
            ledger.recordImport(new BundleLedger.Imported(bundle.id(), m.signer(), m.seq(), m.prev(), now,
                    m.records().size(), counts[0], counts[2], m.blobs().size()));
            keyring.raiseLastSeq(m.signer(), m.seq());
            if (missing > 0) {
                // The detail is the count alone, worded where it is shown.
                ledger.alert(new BundleLedger.Alert(now, "gap", m.signer(), m.seq(), bundle.id(), Long.toString(missing)));
            }
            return null;
        });
    }

    /**
     * The edits that were waiting for the records this bundle created or changed, merged now in the
     * order of their revisions, each as its own sender's (a volunteer's edit of another's record is a
     * proposal here as anywhere); an edit applied may let the next one fit, so until none does. Runs
     * inside the import's transaction, after the bundle's own records were stored.
     */
    private void mergeWaitingEdits(RecordMerger merger, int[] counts) {
        Set<UUID> touched = merger.takeTouched();
        while (!touched.isEmpty()) {
            Map<UUID, List<AuthorshipLedger.Waiting>> waiting = authorship.waiting(touched);
            Map<UUID, Fingerprint> authors = authorship.authors(waiting.keySet());
            for (var entry : waiting.entrySet()) {
                UUID id = entry.getKey();
                for (AuthorshipLedger.Waiting w : entry.getValue()) {
                    RecordMerger.Outcome outcome = merger.merge(w.record(),
                            Optional.ofNullable(repository.latest(List.of(id)).get(id)), repository.lineage(id),
                            Optional.ofNullable(authors.get(id)), senderOf(w));
                    merger.flush();
                    if (outcome != RecordMerger.Outcome.WAITING) {
                        authorship.removeWaiting(id, w.bundleId());
                        counts[outcome.ordinal()]++;
                        counts[RELEASED]++;
                    }
                }
            }
            touched = merger.takeTouched();
        }
    }

    /** The sender of a waiting edit, with the role its key has now. */
    private RecordMerger.Sender senderOf(AuthorshipLedger.Waiting w) {
        boolean trusted = keyring.find(w.signer()).map(TrustedKey::isTrusted).orElse(false);
        long seq = ledger.imported(w.bundleId()).map(BundleLedger.Imported::seq).orElse(0L);
        return new RecordMerger.Sender(w.signer(), w.signerName(), w.bundleId(), seq, w.coordinator(), trusted);
    }

    /**
     * Replays were handled by the caller. Returns how many bundles are missing before this one.
     *
     * @throws BundleRejectedException {@code bundle-fork} when the signer made two different bundles
     *         with one number (or the chain of {@code prev} disagrees)
     */
    private long checkSequence(VerifiedBundle bundle, String source) {
        Manifest m = bundle.manifest();
        Optional<BundleLedger.Imported> sameSeq = ledger.importedAt(m.signer(), m.seq());
        if (sameSeq.isPresent()) {
            fork(bundle, ForkDetail.SAME_NUMBER + " " + sameSeq.get().bundleId(), source);
        }
        Optional<BundleLedger.Imported> before = ledger.importedAt(m.signer(), m.seq() - 1);
        Optional<BundleLedger.Imported> after = ledger.importedAt(m.signer(), m.seq() + 1);
        if (before.isPresent() && !before.get().bundleId().equals(m.prev())) {
            fork(bundle, ForkDetail.PREVIOUS_DIFFERS, source);
        }
        if (after.isPresent() && !bundle.id().equals(after.get().prev())) {
            fork(bundle, ForkDetail.NEXT_DIFFERS, source);
        }
        // A number at or below the highest imported that was never imported is a late bundle filling
        // the gap that was reported when the later one came (files of a synced folder arrive in any
        // order): imported. Its neighbours' prev links were checked above; a forged one is found
        // out as a fork when the real one arrives.
        long last = keyring.find(m.signer()).map(k -> k.lastSeq()).orElse(0L);
        return m.seq() > last + 1 ? m.seq() - last - 1 : 0;
    }

    private void fork(VerifiedBundle bundle, String detail, String source) {
        Manifest m = bundle.manifest();
        ledger.alert(new BundleLedger.Alert(clock.instant(), "fork", m.signer(), m.seq(), bundle.id(), detail));
        LOG.warn("fork from signer {} at seq {}: {}", m.signer().hex().substring(0, 16), m.seq(), detail);
        throw new BundleRejectedException(source, "bundle-fork", bundle.signer().identity().name(),
                bundle.signer().fingerprint().display(), m.seq());
    }

    /** Checks every photo and copies it into the shared-photo store; both cores share the work. */
    private void stagePhotos(List<BlobRef> refs, Function<String, Path> blobs, String source, Cancellation cancellation) {
        refs.parallelStream().forEach(ref -> {
            cancellation.throwIfCancelled();
            if (photos.find(ref.sha256()).isPresent() && photos.size(ref.sha256()) == ref.size()) {
                return; // already held, verified when it was stored
            }
            byte[] data = BlobChecker.check(ref, blobs, source);
            photos.put(ref.sha256(), data);
        });
    }
}
