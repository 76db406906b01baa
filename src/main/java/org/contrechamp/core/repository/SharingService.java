package org.contrechamp.core.repository;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.contrechamp.core.bundle.AuthorshipLedger;
import org.contrechamp.core.bundle.BlobChecker;
import org.contrechamp.core.bundle.BundleImporter;
import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.BundleVerifier;
import org.contrechamp.core.bundle.ImportOutcome;
import org.contrechamp.core.bundle.PhotoSharingStore;
import org.contrechamp.core.bundle.Redaction;
import org.contrechamp.core.bundle.VerifiedBundle;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.bundle.ExportResult;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.IdentityService;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.identity.SigningIdentity;
import org.contrechamp.core.provenance.SentProposals;
import org.contrechamp.core.provenance.SettledElsewhere;
import org.contrechamp.core.settings.SettingsStore;
import org.contrechamp.core.trust.Keyring;
import org.contrechamp.core.trust.TrustedKey;

/**
 * Everything about sharing work through repositories, for both faces: make a repository, sync with a
 * folder or git, verify or import one bundle file, and read what sync left to look at (bundles
 * awaiting a trust decision, alerts, conflicts, provenance of records, redaction boxes).
 *
 * <p>Synchronous; long calls take {@link Progress} and {@link Cancellation} and belong on a
 * background thread. Calls that write serialise on the database.
 */
public final class SharingService {

    /** A sync and, for a git repository, what git did (null for a plain folder). */
    /**
     * What a sync did.
     *
     * @param stillWaiting edits that, once the sync is done, still wait for a record or revision that
     *                     has not arrived (those that found theirs during the sync are merged)
     * @param toReview     what the bundles of this sync brought for a person to review, oldest first
     * @param openConflicts every change kept for review, from this sync or before
     * @param decided      this computer's changes to others' records that waited elsewhere before the
     *                     sync and that a version it brought from their author or a coordinator now
     *                     includes (docs/adr/0068); none where the repository names this key a coordinator
     * @param settledElsewhere the items that waited here before the sync and that a version it brought
     *                     from the record's author or a coordinator decided (docs/adr/0069)
     * @param othersAlone  of the records {@code toReview} is about, those that hold nothing made here
     *                     (someone else created them, nothing was changed here), by their author: items
     *                     between others, that their author or a coordinator decides; none where the
     *                     repository names this key a coordinator
     */
    public record SyncReport(SyncResult result, GitSync.Outcome git, int stillWaiting,
                             List<BundleLedger.Conflict> toReview, int openConflicts,
                             List<SentProposals.Decided> decided, List<SettledElsewhere.Settled> settledElsewhere,
                             Map<UUID, Fingerprint> othersAlone) {
        public SyncReport {
            decided = List.copyOf(decided);
            settledElsewhere = List.copyOf(settledElsewhere);
            othersAlone = Map.copyOf(othersAlone);
        }
    }

    /** What a sync's report compares with: this computer's changes waiting elsewhere, the items waiting here. */
    private record Before(List<SentProposals.Waiting> sent, List<BundleLedger.Conflict> open) {
    }

    private Before before() {
        return new Before(sent.waiting(), ledger.openConflicts());
    }

    /**
     * The report of a sync that began at {@code started}: what it found for review is what was kept
     * since then, whichever bundle it came in (an edit kept waiting in an earlier sync becomes a
     * proposal in the one that brings its record).
     */
    private SyncReport report(SyncResult result, GitSync.Outcome git, java.time.Instant started,
                              Before before) {
        List<BundleLedger.Conflict> open = ledger.openConflicts();
        List<BundleLedger.Conflict> toReview = open.stream().filter(c -> !c.detectedAt().isBefore(started)).toList();
        boolean namedCoordinator = identity.find().map(i -> result.repository().coordinators()
                .contains(i.fingerprint().hex())).orElse(false);
        return new SyncReport(result, git, authorship.waitingCount(), toReview, open.size(),
                namedCoordinator ? List.of() : sent.decidedAmong(before.sent()), settled.among(before.open()),
                namedCoordinator ? Map.of() : sent.othersAlone(toReview.stream().map(BundleLedger.Conflict::sightingId)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new))));
    }

    private final Path dataDirectory;
    private final IdentityService identity;
    private final Keyring keyring;
    private final BundleLedger ledger;
    private final AuthorshipLedger authorship;
    private final BundleImporter importer;
    private final RepositorySync repositorySync;
    private final PhotoSharingStore photoSharing;
    private final SettingsStore settings;
    private final Clock clock;
    /** Where a new repository's id comes from: random ones, or a seeded source where runs must repeat. */
    private final Supplier<UUID> newIds;
    /** This computer's changes to others' records, read before a sync to say after it which were decided. */
    private final SentProposals sent;
    /** The items waiting here, read before a sync to say after it which someone else decided. */
    private final SettledElsewhere settled;

    public SharingService(Path dataDirectory, IdentityService identity, Keyring keyring, BundleLedger ledger,
            AuthorshipLedger authorship, BundleImporter importer, RepositorySync repositorySync,
            PhotoSharingStore photoSharing, SettingsStore settings, Clock clock, Supplier<UUID> newIds,
            SentProposals sent, SettledElsewhere settled) {
        this.dataDirectory = dataDirectory;
        this.identity = identity;
        this.keyring = keyring;
        this.ledger = ledger;
        this.authorship = authorship;
        this.importer = importer;
        this.repositorySync = repositorySync;
        this.photoSharing = photoSharing;
        this.settings = settings;
        this.clock = clock;
        this.newIds = newIds;
        this.sent = sent;
        this.settled = settled;
    }

    /**
     * Whether the repository this data directory last synced with names this computer's key among its
     * campaign's coordinators. Advice, as the list is (it is not signed): what this computer says of its
     * changes to others' records, never what any computer applies. False when it cannot be read.
     */
    public boolean namedCoordinator() {
        String location = settings.load().repositoryLocation();
        Optional<PublicIdentity> me = identity.find();
        if (location == null || me.isEmpty()) {
            return false;
        }
        try {
            Path dir = GitRepository.locate(location, dataDirectory).workTree();
            return Files.exists(dir.resolve(RepositoryLayout.REPOSITORY_FILE), LinkOption.NOFOLLOW_LINKS)
                    && RepositoryInfo.read(dir).coordinators().contains(me.get().fingerprint().hex());
        } catch (RuntimeException unreadable) {
            return false; // said as for a volunteer: the careful reading
        }
    }

    /** What {@code repo init} found or made: the repository, and whether it was there already. */
    public record Initialised(RepositoryInfo info, boolean existed) {
    }

    /** Makes a repository (see {@link #initOrOpenRepository}); one already there is kept and returned. */
    public RepositoryInfo initRepository(String location, String name) {
        return initOrOpenRepository(location, name).info();
    }

    /**
     * Makes a repository: a folder, or (for a git location) in the clone, committed and pushed. A
     * location that already is a Contrechamp repository is left as it is (its id and name kept, the
     * name asked for ignored): running it twice is harmless. A folder that holds other files is
     * refused, so the repository's files never mix with someone's documents.
     */
    public Initialised initOrOpenRepository(String location, String name) {
        return initOrOpenRepository(location, name, List.of());
    }

    /** As {@link #initOrOpenRepository(String, String)}, a new repository naming these coordinators (hex). */
    public Initialised initOrOpenRepository(String location, String name, List<String> coordinators) {
        GitRepository repo = GitRepository.locate(location, dataDirectory);
        if (!repo.isGit()) {
            Path dir = repo.workTree();
            if (Files.exists(dir.resolve(RepositoryLayout.REPOSITORY_FILE), LinkOption.NOFOLLOW_LINKS)) {
                return new Initialised(RepositoryInfo.read(dir), true);
            }
            requireEmptyFolder(location, dir);
            return new Initialised(RepositoryInfo.init(dir, name, coordinators, newIds.get()), false);
        }
        GitSync git = new GitSync(identity.find().map(PublicIdentity::name).orElse("Contrechamp"));
        try (var clone = git.open(repo)) {
            if (Files.exists(repo.workTree().resolve(RepositoryLayout.REPOSITORY_FILE), LinkOption.NOFOLLOW_LINKS)) {
                return new Initialised(RepositoryInfo.read(repo.workTree()), true);
            }
            // The clone's folder is a hash: name the repository after the URL's last segment instead.
            String fallback = location.replaceAll("[/\\\\]+$", "").replaceAll("^.*[/:\\\\]", "").replaceAll("\\.git$", "");
            RepositoryInfo info = RepositoryInfo.init(repo.workTree(), name == null || name.isBlank() ? fallback : name,
                    coordinators, newIds.get());
            git.publishInit(repo);
            return new Initialised(info, false);
        } catch (java.io.IOException | org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new DataUnavailableException(Problem.of(location, "repository-git-failed", e.getMessage()), e);
        }
    }

    /**
     * What a location holds, before anything is made there: a folder's repository, or none yet (a new
     * or empty folder, where {@link #initOrOpenRepository} would make one). A git location is known
     * only once cloned, which the sync itself does.
     *
     * @param existing the repository found in a folder, or null
     * @param git      whether the location is a git repository (existing is then null: not looked into)
     */
    public record Lookup(RepositoryInfo existing, boolean git) {
        /** A folder with no repository yet: the volunteer must say whether to start one there. */
        public boolean wouldCreate() {
            return existing == null && !git;
        }
    }

    /**
     * Looks at a location without changing it.
     *
     * @throws InvalidInputException a file, or a folder holding other files and no repository
     */
    public Lookup lookAt(String location) {
        GitRepository repo = GitRepository.locate(location, dataDirectory);
        if (repo.isGit()) {
            return new Lookup(null, true);
        }
        Path dir = repo.workTree();
        if (Files.exists(dir.resolve(RepositoryLayout.REPOSITORY_FILE), LinkOption.NOFOLLOW_LINKS)) {
            return new Lookup(RepositoryInfo.read(dir), false);
        }
        requireEmptyFolder(location, dir);
        return new Lookup(null, false);
    }

    /** A new repository goes into a new or empty folder only. */
    private static void requireEmptyFolder(String location, Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(Problem.of(location, "repository-not-a-folder"));
        }
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new InvalidInputException(Problem.of(location, "repository-folder-not-empty"));
            }
        } catch (java.io.IOException e) {
            throw new DataUnavailableException(Problem.of(location, "repository-unusable", e.getMessage()), e);
        }
    }

    /**
     * Signs and publishes what changed here (when this data directory has an identity), then imports
     * everyone else's bundles.
     *
     * @param passphrase for a passphrase-protected identity; may be null otherwise
     */
    public SyncReport sync(String location, char[] passphrase, Progress progress, Cancellation cancellation) {
        java.time.Instant started = clock.instant();
        SigningIdentity me = identity.exists() ? identity.unlock(passphrase) : null;
        Before before = before();
        int maxEdge = settings.load().shareMaxEdgePixels();
        GitRepository repo = GitRepository.locate(location, dataDirectory);
        if (!repo.isGit()) {
            return report(repositorySync.sync(repo.workTree(), me, maxEdge, progress, cancellation), null, started,
                    before);
        }
        String author = me != null ? me.identity().name() : "Contrechamp";
        GitSync.Synced<SyncResult> synced = new GitSync(author).sync(repo,
                () -> repositorySync.sync(repo.workTree(), me, maxEdge, progress, cancellation));
        return report(synced.result(), synced.git(), started, before);
    }

    /**
     * A sync, then the consolidated inventory signed and written ({@link RepositorySync#publishConsolidated}).
     *
     * @param consolidated the consolidated bundles signed (none when nothing is held, or nothing changed)
     * @param unchanged    records left out because this key published them as they are already
     * @param written      how many of this signer's bundles were written into the repository after the sync
     */
    public record PublishReport(SyncReport sync, ExportResult consolidated, int unchanged, int written) {
    }

    /**
     * Syncs, then signs the campaign's consolidated inventory as this computer holds it after the sync,
     * and writes it into the repository (docs/adr/0049): what a coordinator does so that every
     * volunteer receives the merged state and its decisions. Only the records changed since this key's
     * last publication to that repository are signed again (docs/adr/0054).
     *
     * @throws InvalidInputException {@code publish-no-identity} without an identity to sign with;
     *         {@code publish-not-coordinator} when the repository names its coordinators and this key is
     *         not one of them (checked before anything is signed)
     */
    public PublishReport syncAndPublish(String location, char[] passphrase, Progress progress,
            Cancellation cancellation) {
        java.time.Instant started = clock.instant();
        if (!identity.exists()) {
            throw new InvalidInputException(Problem.of(location, "publish-no-identity"));
        }
        SigningIdentity me = identity.unlock(passphrase);
        Before before = before();
        int maxEdge = settings.load().shareMaxEdgePixels();
        GitRepository repo = GitRepository.locate(location, dataDirectory);
        java.util.function.Supplier<SyncThenPublish> work = () -> new SyncThenPublish(
                repositorySync.sync(repo.workTree(), me, maxEdge, progress, cancellation),
                repositorySync.publishConsolidated(repo.workTree(), me, maxEdge, progress, cancellation));
        SyncThenPublish done;
        GitSync.Outcome git = null;
        if (repo.isGit()) {
            GitSync.Synced<SyncThenPublish> synced = new GitSync(me.identity().name()).sync(repo, work);
            done = synced.result();
            git = synced.git();
        } else {
            done = work.get();
        }
        return new PublishReport(report(done.synced(), git, started, before), done.consolidated().signed(),
                done.consolidated().unchanged(), done.consolidated().written());
    }

    private record SyncThenPublish(SyncResult synced, RepositorySync.Consolidated consolidated) {
    }

    /**
     * Verifies a bundle file and its photos, changing nothing. The photos are looked up in the
     * repository the file sits in (whose id is then the audience checked), else beside the file.
     *
     * @param key the signer's key to verify with; null to use this data directory's keyring
     */
    public VerifyReport verify(Path file, PublicIdentity key) {
        Optional<Path> root = repositoryRoot(file);
        RepositoryInfo info = root.map(RepositoryInfo::read).orElse(null);
        List<TrustedKey> keys = key == null ? keyring.all()
                : List.of(new TrustedKey(key, TrustedKey.Status.TRUSTED, 0, clock.instant(), null));
        Path folder = root.orElse(file.toAbsolutePath().normalize().getParent());
        if (!Files.isDirectory(folder)) {
            RepositorySync.readBounded(file, file.toString()); // no folder, no file: says so
        }
        RepositoryPaths paths = RepositoryPaths.open(folder);
        byte[] bytes = RepositorySync.readBounded(inside(paths, file), file.toString());
        VerifiedBundle bundle = new BundleVerifier(keys, info == null ? null : info.id()).verify(bytes, file.toString());
        // Both cores: the photos are most of the bytes.
        bundle.manifest().blobs().parallelStream().forEach(ref ->
                BlobChecker.check(ref, sha -> paths.toRead(RepositoryLayout.blob(sha)), file.toString()));
        return new VerifyReport(file.toString(), bundle, info, bundle.manifest().blobs().size());
    }

    /**
     * Imports one bundle file that sits in a repository folder. Its id is the audience checked: the
     * repository a bundle was made for is part of what its signer signed, and a bundle replayed into
     * another campaign must be refused. A file outside any repository (copied loose) therefore cannot
     * be imported; it is refused before anything is read, saying what to do instead. Its photos are
     * read from the same repository.
     */
    public ImportOutcome importFile(Path file, Cancellation cancellation) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            // A mistyped name: saying it is outside a repository would send the user looking elsewhere.
            throw new DataUnavailableException(Problem.of(file.toString(), "file-not-found"));
        }
        Path root = repositoryRoot(file).orElseThrow(() ->
                new DataUnavailableException(Problem.of(file.toString(), "bundle-not-in-repository")));
        RepositoryInfo info = RepositoryInfo.read(root);
        RepositoryPaths paths = RepositoryPaths.open(root);
        byte[] bytes = RepositorySync.readBounded(inside(paths, file), file.toString());
        VerifiedBundle bundle = new BundleVerifier(keyring.all(), info.id()).verify(bytes, file.toString());
        return importer.importBundle(bundle, sha -> paths.toRead(RepositoryLayout.blob(sha)), file.toString(),
                cancellation);
    }

    /** Where to read {@code file}, a path inside {@code paths}'s folder: through no link on the way. */
    private static Path inside(RepositoryPaths paths, Path file) {
        return paths.toRead(paths.root().relativize(file.toAbsolutePath().normalize()));
    }

    public List<BundleLedger.Pending> pending() {
        return ledger.pending();
    }

    public List<BundleLedger.Alert> alerts() {
        return ledger.alerts();
    }

    /**
     * Of the bundles a gap alert found missing, how many have still not arrived (late bundles fill a
     * gap: the alert stays in the log, and says so); -1 for an alert of another kind, or one whose
     * count is unreadable (written by an earlier version).
     */
    public long stillMissing(BundleLedger.Alert alert) {
        if (!"gap".equals(alert.kind()) || alert.signer() == null) {
            return -1;
        }
        long missingThen;
        try {
            missingThen = Long.parseLong(alert.detail());
        } catch (NumberFormatException e) {
            return -1;
        }
        long still = 0;
        for (long seq = Math.max(1, alert.seq() - missingThen); seq < alert.seq(); seq++) {
            if (ledger.importedAt(alert.signer(), seq).isEmpty()) {
                still++;
            }
        }
        return still;
    }

    public List<BundleLedger.Conflict> conflicts() {
        return ledger.openConflicts();
    }

    /** Edits of records not held yet, kept until their creation arrives. */
    public List<AuthorshipLedger.Waiting> waiting() {
        return authorship.allWaiting();
    }

    public List<BundleLedger.Exported> exports() {
        return ledger.exports();
    }

    /** Who each imported record came from (records made here are absent). */
    public Map<UUID, BundleLedger.Provenance> allProvenance() {
        return ledger.allProvenance();
    }

    public Optional<BundleLedger.Provenance> provenance(UUID sightingId) {
        return ledger.provenance(sightingId);
    }

    /**
     * The file of the shared copy of a photo (stripped of metadata, faces and plates blacked out),
     * the photo named as this computer names it: what may be shown to the public. Empty when no copy
     * is in the store (a photo never shared yet, or a name that is no photo hash).
     */
    public Optional<Path> sharedCopy(String photo) {
        try {
            return new org.contrechamp.core.bundle.SharedPhotoStore(dataDirectory).find(photoSharing.sharedName(photo));
        } catch (IllegalArgumentException notAHash) {
            return Optional.empty();
        }
    }

    public List<Redaction> redactions(String photoSha256) {
        return photoSharing.redactions(photoSha256);
    }

    /** Replaces the redaction boxes of a photo; the next bundle carries a new shared copy. */
    public void setRedactions(String photoSha256, List<Redaction> boxes) {
        for (Redaction box : boxes) {
            List<Problem> problems = Redaction.problems(box);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        photoSharing.setRedactions(photoSha256, boxes);
    }

    /** The repository folder holding {@code file}: the nearest ancestor (up to 3 up) with a repository.json. */
    static Optional<Path> repositoryRoot(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(RepositoryLayout.REPOSITORY_FILE), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
