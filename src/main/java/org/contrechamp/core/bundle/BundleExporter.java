package org.contrechamp.core.bundle;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.SigningIdentity;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs what changed here since the last bundle: new, edited and deleted records with their shared
 * photos, numbered per signer ({@code seq}, {@code prev}). Nothing changed, no bundle. The signed
 * envelopes are kept in the database, so that they can be published to any repository, at any time,
 * byte for byte the same.
 */
public final class BundleExporter {

    /** Records per bundle: keeps each envelope far below the readers' size limit. */
    static final int RECORDS_PER_BUNDLE = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(BundleExporter.class);

    private final SightingRepository repository;
    private final BundleLedger ledger;
    private final KeptRevisions kept;
    private final AuthorshipLedger authorship;
    private final Transactions transactions;
    private final PhotoSharer sharer;
    private final SharedPhotoStore store;
    private final PublishedRecords published;
    private final Clock clock;

    /** @param published what this key published of each record, so that publications carry only changes */
    public BundleExporter(SightingRepository repository, BundleLedger ledger, KeptRevisions kept,
            AuthorshipLedger authorship, Transactions transactions, PhotoSharer sharer, SharedPhotoStore store,
            PublishedRecords published, Clock clock) {
        this.published = published;
        this.repository = repository;
        this.ledger = ledger;
        this.kept = kept;
        this.authorship = authorship;
        this.transactions = transactions;
        this.sharer = sharer;
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param audience    the id of the repository the bundles are for
     * @param maxEdge     the long edge of shared photos, in pixels
     * @param progress    reports photos re-encoded (the long part)
     */
    public ExportResult export(SigningIdentity signer, String audience, int maxEdge, Progress progress,
            Cancellation cancellation) {
        long highWater = ledger.lastExport().map(BundleLedger.Exported::historySeq).orElse(0L);
        List<HistoryEntry> changes = repository.changesAfter(highWater);
        ReadyToShare.Ready ready = new ReadyToShare(ledger, repository).filter(ChangeCollector.collect(changes));
        List<ChangeCollector.Collected> collected = ready.records();
        if (collected.isEmpty()) {
            // The mark stays: held-back drafts are looked at again next time, and skipped again.
            return ExportResult.nothing(ready.draftsKept());
        }
        long coveredTo = changes.get(changes.size() - 1).sequence();
        Set<String> originals = new LinkedHashSet<>();
        for (ChangeCollector.Collected c : collected) {
            if (!c.last().deleted()) {
                originals.addAll(c.last().after().photos());
            }
        }
        PhotoSharer.Result photos = sharer.share(originals, maxEdge, progress, cancellation);
        for (PhotoSharer.Unshared u : photos.unshared()) {
            LOG.warn("photo {} left out of the bundle: {}", u.original().substring(0, 12), u.reason());
        }
        cancellation.throwIfCancelled();
        List<BundleRecord> records = new ArrayList<>(collected.size());
        List<UUID> ids = collected.stream().map(c -> c.last().change().sightingId()).toList();
        Map<UUID, Set<String>> lineage = repository.lineage(ids);
        Map<UUID, Fingerprint> authors = authorship.authors(ids);
        for (ChangeCollector.Collected c : collected) {
            records.add(toRecord(c, photos.shared(), lineage, authors, signer.fingerprint().hex()));
        }
        List<BundleLedger.Exported> made = new ArrayList<>();
        for (int from = 0; from < records.size(); from += RECORDS_PER_BUNDLE) {
            List<BundleRecord> chunk = records.subList(from, Math.min(records.size(), from + RECORDS_PER_BUNDLE));
            boolean lastChunk = from + RECORDS_PER_BUNDLE >= records.size();
            // Only the last bundle moves the high-water mark: a crash between two leaves the rest to redo.
            made.add(sign(signer, audience, chunk, lastChunk ? coveredTo : highWater));
        }
        int photoCount = (int) records.stream().flatMap(r -> r.sighting().photos().stream()).distinct().count();
        return new ExportResult(made, records.size(), photoCount, photos.encoded(), photos.unshared(),
                ready.draftsKept());
    }

    /**
     * Signs the campaign's consolidated inventory (docs/adr/0049, 0054): every record as this computer
     * holds it now, whoever made it, with its shared photos, in bundles numbered with this signer's
     * others, less the records whose current revision this key already published to this repository.
     * A coordinator publishing each week thus signs what changed that week; the earlier publications
     * stay in the repository, so a volunteer who reads it from the start, trusting only the
     * coordinator, still receives every record. A new key, or another repository, publishes everything
     * once. The high-water mark of ordinary exports stays where it is: what was changed here still
     * leaves in the next ordinary bundle.
     */
    public Publication publishConsolidated(SigningIdentity signer, String audience, int maxEdge, Progress progress,
            Cancellation cancellation) {
        ConsolidatedRecords consolidated = new ConsolidatedRecords(repository, ledger);
        List<HistoryEntry> all = consolidated.heads();
        Map<UUID, String> before = published.digests(signer.fingerprint(), audience);
        // Signing a record names its history row by the digest published: a head with that digest is unchanged.
        List<HistoryEntry> heads = all.stream()
                .filter(h -> !Objects.equals(h.change().digest(), before.get(h.change().sightingId()))).toList();
        if (heads.isEmpty()) {
            return new Publication(ExportResult.nothing(0), all.size());
        }
        Set<String> photoNames = new LinkedHashSet<>();
        for (HistoryEntry head : heads) {
            if (!head.deleted()) {
                photoNames.addAll(head.after().photos());
            }
        }
        PhotoSharer.Result photos = sharer.share(photoNames, maxEdge, progress, cancellation);
        cancellation.throwIfCancelled();
        List<UUID> ids = heads.stream().map(h -> h.change().sightingId()).toList();
        Map<UUID, Set<String>> lineage = repository.lineage(ids);
        Map<UUID, Fingerprint> authors = authorship.authors(ids);
        List<BundleRecord> records = new ArrayList<>(heads.size());
        for (HistoryEntry head : heads) {
            UUID id = head.change().sightingId();
            List<String> shared = new ArrayList<>();
            for (String original : head.deleted() ? List.<String>of() : head.after().photos()) {
                PhotoSharer.Shared s = photos.shared().get(original);
                if (s != null && !shared.contains(s.sha256())) {
                    shared.add(s.sha256());
                }
            }
            String author = authors.containsKey(id) ? authors.get(id).hex() : signer.fingerprint().hex();
            consolidated.of(head, shared, lineage.getOrDefault(id, Set.of()), author)
                    // A head stored under a local digest may still be the very record published.
                    .filter(r -> !r.digest().equals(before.get(id)))
                    .ifPresent(records::add);
        }
        int unchanged = all.size() - records.size();
        if (records.isEmpty()) {
            return new Publication(ExportResult.nothing(0), unchanged);
        }
        long highWater = ledger.lastExport().map(BundleLedger.Exported::historySeq).orElse(0L);
        List<BundleLedger.Exported> made = new ArrayList<>();
        for (int from = 0; from < records.size(); from += RECORDS_PER_BUNDLE) {
            List<BundleRecord> chunk = records.subList(from, Math.min(records.size(), from + RECORDS_PER_BUNDLE));
            made.add(transactions.inTransaction(() -> {
                BundleLedger.Exported e = sign(signer, audience, chunk, highWater);
                published.remember(signer.fingerprint(), audience, e.seq(), chunk);
                return e;
            }));
        }
        int photoCount = (int) records.stream().flatMap(r -> r.sighting().photos().stream()).distinct().count();
        return new Publication(new ExportResult(made, records.size(), photoCount, photos.encoded(), photos.unshared(), 0),
                unchanged);
    }

    /**
     * A consolidated publication: the bundles signed, and how many records were left out because this
     * key had published them as they are already.
     */
    public record Publication(ExportResult signed, int unchanged) {
    }

    private BundleRecord toRecord(ChangeCollector.Collected c, Map<String, PhotoSharer.Shared> shared,
            Map<UUID, Set<String>> lineage, Map<UUID, Fingerprint> authors, String ownKey) {
        Sighting local = c.last().after();
        List<String> sharedPhotos = new ArrayList<>();
        if (!c.last().deleted()) {
            for (String original : local.photos()) {
                PhotoSharer.Shared s = shared.get(original);
                if (s != null && !sharedPhotos.contains(s.sha256())) {
                    sharedPhotos.add(s.sha256());
                }
            }
        }
        // The street and the draft flag are this computer's own: they do not leave it (docs/adr/0041).
        Sighting exported = local.toBuilder().photos(sharedPhotos).street(null).draft(false).build();
        String baseDigest = null;
        if (c.baseRevision() > 0) {
            baseDigest = repository.atRevision(local.id(), c.baseRevision()).map(e -> e.change().digest())
                    .or(() -> ledger.exportedDigest(local.id(), c.baseRevision()))
                    .orElseThrow(() -> new IllegalStateException("no base revision " + c.baseRevision() + " of " + local.id()));
        }
        Set<String> ancestors = new LinkedHashSet<>(lineage.getOrDefault(local.id(), Set.of()));
        String digest = RecordDigest.of(exported, c.last().deleted());
        ancestors.remove(digest);
        String author = authors.containsKey(local.id()) ? authors.get(local.id()).hex() : ownKey;
        boolean creation = c.baseRevision() == 0; // nothing before it anyone holds
        LineageLimits lineageOut = creation ? new LineageLimits(List.of(), List.of())
                : LineageLimits.fit(parentsOf(c, baseDigest), List.copyOf(ancestors));
        BundleRecord record = new BundleRecord(local.id(), local.revision(), c.baseRevision(), baseDigest, c.kind(),
                c.fields(), c.last().deleted(), exported, digest, lineageOut.parents(), lineageOut.ancestors(), author,
                BundleFormat.WITHOUT_COMMENTS);
        // A deletion or restoration since a base receivers hold travels as such, even where the record
        // ends as it was there (docs/adr/0057); a new record has no such base.
        return record.withComments(commentsOf(c, record)).withDeletedOrRestored(!creation && c.deletedOrRestored());
    }

    /**
     * The comments of the decisions made here among the collapsed changes (docs/adr/0055), each by the
     * revision it made as receivers will name it: the last change is named by the record's own digest
     * (its photos now shared copies), which the comment is kept under too. A decision no longer among
     * the record's ancestors (a history past the format's limit) leaves its comment here.
     */
    private List<RevisionComment> commentsOf(ChangeCollector.Collected c, BundleRecord record) {
        if (c.chain().stream().noneMatch(e -> e.change().parents().size() >= 2)) {
            return List.of(); // no decision among them: no comment to look for
        }
        UUID id = record.id();
        Map<String, KeptRevisions.Comment> written = kept.comments(id);
        Set<String> named = new LinkedHashSet<>(record.ancestors());
        named.add(record.digest());
        List<RevisionComment> comments = new ArrayList<>();
        for (HistoryEntry e : c.chain()) {
            KeptRevisions.Comment note = written.get(e.change().digest());
            if (note == null || note.signer() != null) {
                continue;
            }
            String digest = e == c.last() ? record.digest() : e.change().digest();
            if (!digest.equals(e.change().digest())) {
                kept.comment(id, new KeptRevisions.Comment(digest, note.text(), null));
            }
            if (named.contains(digest) && comments.size() < RevisionComment.MAX_PER_RECORD) {
                comments.add(new RevisionComment(digest, note.text()));
            }
        }
        return comments;
    }

    /**
     * The revisions the collapsed change was made from: its base, and the other side of every merge or
     * resolution among the collapsed changes.
     */
    private static List<String> parentsOf(ChangeCollector.Collected c, String baseDigest) {
        Set<String> inChain = new LinkedHashSet<>();
        for (HistoryEntry e : c.chain()) {
            inChain.add(e.change().digest());
        }
        Set<String> parents = new LinkedHashSet<>();
        if (baseDigest != null) {
            parents.add(baseDigest);
        }
        for (HistoryEntry e : c.chain()) {
            for (String p : e.change().parents()) {
                if (!inChain.contains(p)) {
                    parents.add(p);
                }
            }
        }
        return List.copyOf(parents);
    }

    private BundleLedger.Exported sign(SigningIdentity signer, String audience, List<BundleRecord> records,
            long historySeq) {
        Map<String, BlobRef> blobs = new LinkedHashMap<>();
        for (BundleRecord r : records) {
            for (String sha : r.sighting().photos()) {
                blobs.computeIfAbsent(sha, s -> new BlobRef(s, store.size(s), BundleFormat.JPEG));
            }
        }
        return transactions.inTransaction(() -> {
            BundleLedger.Exported previous = ledger.lastExport().orElse(null);
            long seq = previous == null ? 1 : previous.seq() + 1;
            String prev = previous == null ? null : previous.bundleId();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Manifest manifest = new Manifest(audience, signer.fingerprint(), signer.identity().name(), seq, prev, now,
                    records, List.copyOf(blobs.values()));
            byte[] payload = ManifestWriter.write(manifest);
            byte[] signature = signer.sign(Dsse.pae(BundleFormat.PAYLOAD_TYPE, payload));
            byte[] envelope = Dsse.envelope(BundleFormat.PAYLOAD_TYPE, payload, signer.fingerprint().hex(), signature);
            BundleLedger.Exported exported = new BundleLedger.Exported(seq, BundleFormat.sha256Hex(payload), prev, audience, now,
                    historySeq, records.size(), blobs.size());
            ledger.recordExport(exported, envelope, records);
            LOG.info("signed bundle {} (seq {}): {} records, {} photos", exported.bundleId().substring(0, 12), seq,
                    records.size(), blobs.size());
            return exported;
        });
    }
}
