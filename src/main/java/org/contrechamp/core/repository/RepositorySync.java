package org.contrechamp.core.repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.bundle.BundleExporter;
import org.contrechamp.core.bundle.BundleFormat;
import org.contrechamp.core.bundle.BundleImporter;
import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.BundleRejectedException;
import org.contrechamp.core.bundle.BundleVerifier;
import org.contrechamp.core.bundle.ExportResult;
import org.contrechamp.core.bundle.ImportOutcome;
import org.contrechamp.core.bundle.SharedPhotoStore;
import org.contrechamp.core.bundle.UnknownSignerException;
import org.contrechamp.core.bundle.VerifiedBundle;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.OrderedWork;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.SigningIdentity;
import org.contrechamp.core.trust.Keyring;
import org.contrechamp.core.trust.TrustedKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs with a repository folder: signs what changed here, writes every bundle of ours the folder
 * lacks (photos first, then the envelope, so a bundle never appears without its photos), then
 * verifies and imports everyone else's in signer and seq order. One bad bundle is refused on its own;
 * the others go on. Every path into the folder goes through {@link RepositoryPaths}.
 */
public final class RepositorySync {

    private static final Logger LOG = LoggerFactory.getLogger(RepositorySync.class);
    /** Bundles verified and waiting to be imported, at most: a few megabytes each. */
    private static final int VERIFIED_AHEAD = 2;

    private final BundleExporter exporter;
    private final BundleImporter importer;
    private final BundleLedger ledger;
    private final Keyring keyring;
    private final SharedPhotoStore photos;
    private final Transactions transactions;
    private final Clock clock;

    public RepositorySync(BundleExporter exporter, BundleImporter importer, BundleLedger ledger, Keyring keyring,
            SharedPhotoStore photos, Transactions transactions, Clock clock) {
        this.exporter = exporter;
        this.transactions = transactions;
        this.importer = importer;
        this.ledger = ledger;
        this.keyring = keyring;
        this.photos = photos;
        this.clock = clock;
    }

    /**
     * @param me      our identity, to sign and publish; null to import only
     * @param maxEdge long edge of shared photos
     * @throws DataUnavailableException {@code repository-link} for a link in the repository (nothing is
     *         read or written through it), {@code repository-interrupted} when the repository went away
     *         during the sync (what was imported before stays; nothing is refused for it)
     */
    public SyncResult sync(Path root, SigningIdentity me, int maxEdge, Progress progress, Cancellation cancellation) {
        RepositoryInfo info = RepositoryInfo.read(root);
        RepositoryPaths paths = RepositoryPaths.open(root);
        List<SyncResult.Rejected> rejected = new ArrayList<>();
        java.util.Set<String> asideBefore = new java.util.HashSet<>();
        ledger.pending().forEach(p -> asideBefore.add(asideKey(p)));
        Fingerprint ours = me == null ? null : me.fingerprint();
        List<RepositoryLayout.BundleFile> files = list(paths, (signer, refused) -> {
            // Our own folder must be sound to publish; someone else's linked folder is refused alone.
            if (signer.equals(ours)) {
                throw refused;
            }
            LOG.warn("a signer's folder of the repository is refused: {}", refused.problem().code());
            ledger.alert(new BundleLedger.Alert(clock.instant(), "rejected", signer, 0, null,
                    refused.problem().code() + ": " + refused.problem().field()));
            rejected.add(new SyncResult.Rejected(Path.of(RepositoryLayout.BUNDLES, signer.hex()).toString(),
                    refused.problem().code(), List.of(refused.problem())));
        });
        ExportResult exported = ExportResult.NOTHING;
        Published published = new Published(0, List.of());
        if (me != null) {
            requireOurHistory(root, info, files, me.fingerprint());
            exported = exporter.export(me, info.id(), maxEdge, progress, cancellation);
            published = publish(paths, me);
        }
        cancellation.throwIfCancelled();
        List<ImportOutcome> imported = new ArrayList<>();
        int already = imports(paths, info, files, ours, imported, rejected, progress, cancellation);
        importer.settleOpenItems();
        progress.update(files.size(), files.size(), "");
        List<BundleLedger.Pending> pending = ledger.pending();
        List<BundleLedger.Pending> newly = pending.stream().filter(p -> !asideBefore.contains(asideKey(p))).toList();
        return new SyncResult(info, exported, published.written(), published.repaired(), imported, already, pending,
                newly, rejected);
    }

    private static String asideKey(BundleLedger.Pending p) {
        return p.signer().hex() + "/" + p.fileName();
    }

    /**
     * The consolidated inventory signed, how many records it left out as published already
     * (docs/adr/0054), and how many of our bundles the repository received after it.
     */
    public record Consolidated(ExportResult signed, int unchanged, int written) {
    }

    /**
     * Signs the consolidated inventory ({@link BundleExporter#publishConsolidated}) and writes it, with
     * its photos, into the repository. Call it after a sync, so that it holds what the sync brought.
     *
     * @throws InvalidInputException {@code publish-not-coordinator} when the repository names its
     *         coordinators and {@code me} is not one of them: nothing is signed
     */
    public Consolidated publishConsolidated(Path root, SigningIdentity me, int maxEdge, Progress progress,
            Cancellation cancellation) {
        RepositoryInfo info = RepositoryInfo.read(root);
        if (!info.coordinators().isEmpty() && !info.coordinators().contains(me.fingerprint().hex())) {
            throw new org.contrechamp.core.common.InvalidInputException(Problem.of(root.toString(),
                    "publish-not-coordinator", info.name(), me.fingerprint().display()));
        }
        RepositoryPaths paths = RepositoryPaths.open(root);
        BundleExporter.Publication signed = exporter.publishConsolidated(me, info.id(), maxEdge, progress, cancellation);
        return new Consolidated(signed.signed(), signed.unchanged(), publish(paths, me).written());
    }

    /**
     * Imports everyone else's bundles of {@code files} in order, each all or nothing, their commits
     * shared (see {@link Transactions#inCommitGroup}): a cancelled or interrupted sync keeps every
     * bundle imported before, as when each was committed alone. The next bundles are read and verified
     * on another thread meanwhile, against the keyring as it was when the sync began. Returns how many
     * were imported before.
     */
    private int imports(RepositoryPaths paths, RepositoryInfo info, List<RepositoryLayout.BundleFile> listed,
            Fingerprint ours, List<ImportOutcome> imported, List<SyncResult.Rejected> rejected, Progress progress,
            Cancellation cancellation) {
        List<RepositoryLayout.BundleFile> files = volunteersFirst(listed);
        List<RepositoryLayout.BundleFile> toRead = files.stream()
                .filter(f -> !f.signer().equals(ours) && ledger.imported(f.bundleId()).isEmpty()).toList();
        // Read here, once: the verifying thread must not wait for the database this one holds.
        BundleVerifier verifier = new BundleVerifier(keyring.all(), info.id());
        return transactions.inCommitGroup(() -> {
            int already = 0;
            int done = 0;
            try (OrderedWork<RepositoryLayout.BundleFile, VerifiedBundle> verified = new OrderedWork<>("bundle-verify",
                    toRead, f -> readAndVerify(paths, verifier, f), 1, VERIFIED_AHEAD)) {
                int next = 0; // the next of toRead, whose verification comes next
                for (RepositoryLayout.BundleFile file : files) {
                    progress.update(done++, files.size(), file.fileName());
                    cancellation.throwIfCancelled();
                    if (file.signer().equals(ours)) {
                        continue;
                    }
                    boolean read = next < toRead.size() && toRead.get(next) == file;
                    if (read) {
                        next++;
                    }
                    if (!read || ledger.imported(file.bundleId()).isPresent()) {
                        // Imported before this sync (never read), or earlier in it under another file name.
                        if (read) {
                            passOver(verified);
                        }
                        already++;
                        continue;
                    }
                    ImportOutcome outcome = importOne(paths, file, verified, rejected);
                    if (outcome != null) {
                        imported.add(outcome);
                    }
                }
            }
            return already;
        });
    }

    /**
     * The bundles with the volunteers' first and the coordinators' after them, each signer's in their
     * order. Coordinators mostly correct what volunteers surveyed, and an edit read before the record
     * it edits is adopted, then settled again when the creation comes: with the coordinator's bundles
     * first, a sync of 100 bundles took twice as long (docs/benchmarks.md). What a sync ends with does
     * not depend on the order (docs/adr/0055); only the work it takes to get there does.
     */
    private List<RepositoryLayout.BundleFile> volunteersFirst(List<RepositoryLayout.BundleFile> files) {
        java.util.Set<Fingerprint> coordinators = new java.util.HashSet<>();
        for (org.contrechamp.core.trust.TrustedKey k : keyring.all()) {
            if (k.isCoordinator()) {
                coordinators.add(k.fingerprint());
            }
        }
        List<RepositoryLayout.BundleFile> ordered = new ArrayList<>(files);
        ordered.sort(java.util.Comparator.comparing(f -> coordinators.contains(f.signer()))); // stable
        return ordered;
    }

    /** Takes the next verification's result, for a bundle imported already: whatever it was is moot. */
    private static void passOver(OrderedWork<RepositoryLayout.BundleFile, VerifiedBundle> verified) {
        try {
            verified.next();
        } catch (BundleRejectedException moot) {
            LOG.debug("a copy of a bundle imported already does not verify: {}", moot.getMessage());
        }
    }

    /** Reads and verifies one bundle file (on the verifying thread: nothing here touches the database). */
    private static VerifiedBundle readAndVerify(RepositoryPaths paths, BundleVerifier verifier,
            RepositoryLayout.BundleFile file) {
        String source = file.path().toString();
        byte[] bytes = readBounded(paths.toRead(file.path()), source);
        VerifiedBundle bundle = verifier.verify(bytes, source);
        if (!bundle.signer().fingerprint().equals(file.signer()) || !bundle.id().equals(file.bundleId())
                || bundle.manifest().seq() != file.seq()) {
            throw new BundleRejectedException(source, "bundle-misfiled");
        }
        return bundle;
    }

    /** Imports the next verified bundle, {@code file}'s; a bundle refused is recorded and passed over. */
    private ImportOutcome importOne(RepositoryPaths paths, RepositoryLayout.BundleFile file,
            OrderedWork<RepositoryLayout.BundleFile, VerifiedBundle> verified, List<SyncResult.Rejected> rejected) {
        String source = file.path().toString();
        try {
            VerifiedBundle bundle = verified.next(); // what reading or verifying it threw is thrown here
            // Read ahead of time: a repository gone since then still stops the sync here, as it did.
            Optional<Path> gone = paths.vanished(file.path().getParent());
            if (gone.isPresent()) {
                LOG.info("repository gone during the sync before {}", source);
                throw RepositoryPaths.interrupted(gone.get(), null);
            }
            return importer.importBundle(bundle, sha -> paths.toRead(RepositoryLayout.blob(sha)), source,
                    Cancellation.NEVER);
        } catch (UnknownSignerException e) {
            Fingerprint claimed = e.claimed() != null ? e.claimed() : file.signer();
            ledger.keepPending(new BundleLedger.Pending(claimed, file.fileName(), file.seq(), clock.instant()));
            return null;
        } catch (BundleRejectedException e) {
            // Files that went away with their repository are not bad bundles: no alert, they come next time.
            Optional<Path> gone = paths.vanished(file.path().getParent());
            if (gone.isPresent()) {
                LOG.info("repository gone during the sync at {}", source);
                throw RepositoryPaths.interrupted(gone.get(), e);
            }
            if (!Files.exists(paths.toRead(file.path()), LinkOption.NOFOLLOW_LINKS)) {
                LOG.info("bundle {} removed from the repository since it was listed", source);
                return null;
            }
            LOG.warn("bundle {} refused: {}", source, e.code());
            ledger.alert(new BundleLedger.Alert(clock.instant(), e.code().equals("bundle-revoked-signer") ? "revoked"
                    : "rejected", file.signer(), file.seq(), file.bundleId(), e.code()));
            rejected.add(new SyncResult.Rejected(source, e.code(), e.problems()));
            return null;
        }
    }

    /**
     * Refuses to sign when the repository holds bundles of our key that this data directory did not
     * make: a restored backup or the same key on two machines would otherwise fork our sequence.
     */
    private void requireOurHistory(Path root, RepositoryInfo info, List<RepositoryLayout.BundleFile> files,
            Fingerprint me) {
        for (BundleLedger.Exported e : ledger.exports()) {
            if (!e.audience().equals(info.id())) {
                throw new DataUnavailableException(Problem.of(root.toString(), "repository-mismatch", e.audience()));
            }
        }
        java.util.Set<String> ours = new java.util.HashSet<>();
        for (BundleLedger.Exported e : ledger.exports()) {
            ours.add(e.seq() + "-" + e.bundleId());
        }
        for (RepositoryLayout.BundleFile f : files) {
            if (f.signer().equals(me) && !ours.contains(f.seq() + "-" + f.bundleId())) {
                throw new DataUnavailableException(Problem.of(root.toString(), "own-bundles-unknown", f.seq()));
            }
        }
    }

    /**
     * What publishing did: how many of our bundles it wrote that the repository lacked, and the seqs
     * of those it wrote again because the file there was not what we signed.
     */
    private record Published(int written, List<Long> repaired) {
    }

    /**
     * Writes our bundles the repository lacks, photos first. One of ours found there with other bytes
     * than this computer signed (a synced folder's half-copy, a damaged stick) is written again: the
     * others refuse it, and only its signer can mend it; it is said, so that the person knows.
     */
    private Published publish(RepositoryPaths paths, SigningIdentity me) {
        TrustedKey self = new TrustedKey(me.identity(), TrustedKey.Status.TRUSTED, 0, clock.instant(), null);
        int written = 0;
        List<Long> repaired = new ArrayList<>();
        for (BundleLedger.Exported e : ledger.exports()) {
            Path target = RepositoryLayout.bundle(me.fingerprint(), e.seq(), e.bundleId());
            if (paths.holdsFile(target)) {
                byte[] envelope = ledger.envelope(e.seq());
                if (!paths.holdsExactly(target, envelope)) {
                    LOG.warn("our bundle {} in the repository is not what we signed: written again", target);
                    paths.replace(target, envelope);
                    repaired.add(e.seq());
                }
                continue;
            }
            byte[] envelope = ledger.envelope(e.seq());
            VerifiedBundle own = new BundleVerifier(List.of(self), null).verify(envelope, target.getFileName().toString());
            for (var blob : own.manifest().blobs()) {
                Path blobTarget = RepositoryLayout.blob(blob.sha256());
                if (!paths.holdsFile(blobTarget)) {
                    Path shared = photos.find(blob.sha256()).orElseThrow(() ->
                            new DataUnavailableException(Problem.of(blob.sha256(), "shared-photo-missing")));
                    try (InputStream in = Files.newInputStream(shared)) {
                        paths.copyNew(blobTarget, in);
                    } catch (IOException ex) {
                        throw new DataUnavailableException(Problem.of(shared.toString(), "shared-photo-missing"), ex);
                    }
                }
            }
            if (paths.writeNew(target, envelope)) {
                written++;
            }
        }
        return new Published(written, List.copyOf(repaired));
    }

    private static List<RepositoryLayout.BundleFile> list(RepositoryPaths paths,
            RepositoryLayout.RefusedSignerFolder refused) {
        try {
            List<RepositoryLayout.BundleFile> files = RepositoryLayout.listBundles(paths, refused);
            // A stick pulled while listing may end the listing early, without an error.
            Optional<Path> gone = paths.vanished(Path.of(""));
            if (gone.isPresent()) {
                throw RepositoryPaths.interrupted(gone.get(), null);
            }
            return files;
        } catch (IOException e) {
            Optional<Path> gone = paths.vanished(Path.of(""));
            if (gone.isPresent()) {
                throw RepositoryPaths.interrupted(gone.get(), e);
            }
            throw new DataUnavailableException(Problem.of(paths.root().toString(), "repository-unusable", e.getMessage()), e);
        }
    }

    /** Reads a bundle file, refusing before reading when it is larger than any bundle may be. */
    static byte[] readBounded(Path file, String source) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new BundleRejectedException(source, "bundle-not-a-file");
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                return BoundedRead.read(channel, BundleFormat.MAX_ENVELOPE_BYTES, size ->
                        new BundleRejectedException(source, "bundle-too-large", size, BundleFormat.MAX_ENVELOPE_BYTES));
            }
        } catch (IOException e) {
            throw new BundleRejectedException(source, "bundle-unreadable", String.valueOf(e.getMessage()));
        }
    }
}
