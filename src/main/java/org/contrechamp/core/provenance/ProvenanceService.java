package org.contrechamp.core.provenance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.contrechamp.core.audit.AuditLog;
import org.contrechamp.core.bundle.AuthorshipLedger;
import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.KeptRevisions;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.duplicate.DuplicatePair;
import org.contrechamp.core.duplicate.MergedInto;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.provenance.RecordProvenance.BundleTrip;
import org.contrechamp.core.provenance.RecordProvenance.ChangeStep;
import org.contrechamp.core.provenance.RecordProvenance.ReviewStep;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingRepository;
import org.contrechamp.core.trust.Keyring;
import org.contrechamp.core.trust.TrustedKey;

/**
 * Who surveyed a camera, when, in which bundles, and every change since with its author and time
 * (docs/adr/0050); and, per volunteer, what each brought. Read from what this computer holds: the
 * history rows (each names its author and the bundle it came in), the bundle ledger, the authors,
 * the review items and the audit log. Records merged into another are followed through their
 * {@link MergedInto} tombstones.
 */
public final class ProvenanceService {

    private static final String BUNDLE_PREFIX = "bundle:";

    private final SightingRepository repository;
    private final AuthorshipLedger authors;
    private final BundleLedger bundles;
    private final KeptRevisions kept;
    private final Keyring keyring;
    private final ProvenanceLedger ledger;
    private final AuditLog audit;
    private final Supplier<Optional<PublicIdentity>> self;
    private final Supplier<? extends Collection<DuplicatePair>> openPairs;
    private final SentProposals sent;

    /**
     * @param openPairs the probable duplicates not decided yet, searched when the volunteers are
     *                  counted (a record on either side of one is a duplicate its author brought)
     */
    public ProvenanceService(SightingRepository repository, AuthorshipLedger authors, BundleLedger bundles,
            KeptRevisions kept, Keyring keyring, ProvenanceLedger ledger, AuditLog audit,
            Supplier<Optional<PublicIdentity>> self, Supplier<? extends Collection<DuplicatePair>> openPairs) {
        this.repository = repository;
        this.authors = authors;
        this.bundles = bundles;
        this.kept = kept;
        this.keyring = keyring;
        this.ledger = ledger;
        this.audit = audit;
        this.self = self;
        this.openPairs = openPairs;
        this.sent = new SentProposals(repository, authors, kept, self);
    }

    /** What this computer sent as proposals to others' records, and what became of them (docs/adr/0068). */
    public SentProposals sent() {
        return sent;
    }

    /** The items waiting here that someone else decided meanwhile, as a sync says them (docs/adr/0069). */
    public SettledElsewhere settledElsewhere() {
        return new SettledElsewhere(bundles, kept);
    }

    /** The provenance of one record, live or not, with that of every record merged into it. */
    public RecordProvenance of(UUID id) {
        if (repository.latest(id).isEmpty()) {
            throw new InvalidInputException(Problem.of(id.toString(), "no-such-sighting", id.toString()));
        }
        Set<UUID> seen = new LinkedHashSet<>();
        return of(id, seen, new People());
    }

    private RecordProvenance of(UUID id, Set<UUID> seen, People people) {
        seen.add(id);
        List<HistoryEntry> history = repository.history(id);
        HistoryEntry latest = repository.latest(id).orElseThrow();
        Person author = people.author(authors.authors(List.of(id)).get(id));
        List<ChangeStep> changes = new ArrayList<>();
        Set<Person> surveyors = new LinkedHashSet<>();
        surveyors.add(author);
        Map<String, List<RecordProvenance.Comment>> comments = commentsByRow(id, history, people);
        Map<String, List<RecordProvenance.Answer>> answers = author.self() ? Map.of()
                : ProposalAnswers.of(history);
        Map<String, List<ValuesNotTaken.NotTaken>> notTaken = ValuesNotTaken.of(history, kept.about(id));
        List<KeptRevisions.Kept> versions = kept.about(id);
        Map<String, Person> makers = makers(history, versions, people);
        Map<String, KeptRevisions.Kept> byDigest = new HashMap<>();
        versions.forEach(k -> byDigest.putIfAbsent(k.digest(), k));
        HistoryEntry previous = null;
        for (HistoryEntry e : history) {
            List<Person> joined = joined(e, previous, makers, byDigest);
            previous = e;
            List<RecordProvenance.NotTaken> setAside = notTaken.getOrDefault(e.change().digest(), List.of()).stream()
                    .map(n -> new RecordProvenance.NotTaken(n.field(), n.name(), n.value(),
                            n.from() == null ? people.self() : people.key(n.from().hex())))
                    .toList();
            ChangeStep step = step(e, people, comments.getOrDefault(e.change().digest(), List.of()),
                    answers.getOrDefault(e.change().digest(), List.of()), setAside, joined);
            changes.add(step);
            if (isConfirmation(e.change(), step) && step.author() != null) {
                surveyors.add(step.author());
            }
        }
        List<org.contrechamp.core.audit.Decision> decisions = audit.about(id);
        List<ReviewStep> reviews = reviews(id, people, decisions);
        for (ReviewStep r : reviews) {
            if (r.confirmation() && !r.declined()) {
                surveyors.add(r.signer());
            }
        }
        List<RecordProvenance> merged = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (UUID loser : ledger.mergedInto(id)) {
            if (seen.contains(loser)) {
                problems.add("provenance-merge-loop:" + loser);
                continue;
            }
            RecordProvenance p = of(loser, seen, people);
            merged.add(p);
            problems.addAll(p.problems());
        }
        UUID mergedInto = latest.deleted() ? MergedInto.of(latest.after()).orElse(null) : null;
        return new RecordProvenance(id, latest.deleted(), author, surveyedOn(history), List.copyOf(surveyors),
                trips(history, people), changes, reviews, decisions, mergedInto, merged, problems);
    }

    /** Who created each record received from someone else, by key; a record made here has none. */
    public Map<UUID, Fingerprint> allAuthors() {
        return authors.allAuthors();
    }

    /** Who created a record: its author's key alone, without reading its history (this computer's own when made here). */
    public Person authorOf(UUID id) {
        return new People().author(authors.authors(List.of(id)).get(id));
    }

    /**
     * The names the desk says instead of ids (records, keys, authors), read as they are asked and
     * remembered by the object returned: one per page load.
     */
    public DeskNames names(org.contrechamp.core.i18n.Messages messages) {
        People people = new People();
        return new DeskNames(messages, repository::latest, hex -> hex == null ? people.self() : people.key(hex),
                ids -> {
                    Map<UUID, Fingerprint> known = authors.authors(List.copyOf(ids));
                    Map<UUID, Person> found = new LinkedHashMap<>();
                    ids.forEach(id -> found.put(id, people.author(known.get(id))));
                    return found;
                });
    }

    /** What each key brought: every key of the keyring, and this computer's own first. */
    public List<VolunteerSummary> volunteers() {
        Map<String, Integer> bundleCounts = ledger.bundlesBySigner();
        Map<String, Integer> records = ledger.recordsByAuthor();
        Map<String, Integer> confirmations = ledger.confirmationsByAuthor();
        Map<String, Integer> duplicates = duplicatesByAuthor();
        List<VolunteerSummary> all = new ArrayList<>();
        People people = new People();
        Person me = people.self();
        all.add(new VolunteerSummary(me, "self", "self", bundleCounts.getOrDefault(ProvenanceLedger.SELF, 0),
                records.getOrDefault(ProvenanceLedger.SELF, 0), confirmations.getOrDefault(ProvenanceLedger.SELF, 0),
                duplicates.getOrDefault(ProvenanceLedger.SELF, 0)));
        for (TrustedKey k : keyring.all()) {
            String hex = k.fingerprint().hex();
            if (hex.equals(me.key())) {
                continue;
            }
            all.add(new VolunteerSummary(new Person(hex, k.identity().name(), false), k.role().code(),
                    k.status().code(), bundleCounts.getOrDefault(hex, 0), records.getOrDefault(hex, 0),
                    confirmations.getOrDefault(hex, 0), duplicates.getOrDefault(hex, 0)));
        }
        return all;
    }

    /**
     * Duplicates found, by author: each record on either side of an open probable pair or of a merge,
     * once, for the key that created it ({@link ProvenanceLedger#SELF} for records made here).
     */
    private Map<String, Integer> duplicatesByAuthor() {
        Set<UUID> records = new LinkedHashSet<>(ledger.mergedRecords());
        for (DuplicatePair pair : openPairs.get()) {
            records.add(pair.first());
            records.add(pair.second());
        }
        Map<UUID, Fingerprint> known = authors.authors(records);
        Map<String, Integer> counts = new HashMap<>();
        for (UUID id : records) {
            Fingerprint author = known.get(id);
            counts.merge(author == null ? ProvenanceLedger.SELF : author.hex(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The reasons given for the decisions each history row holds, by the row's digest: its own, then
     * those of decisions it includes that have no row here. Two decisions made on one camera before a
     * sync leave as one bundle record, named by the last; the first one's reason (a proposal declined,
     * said to its proposer) comes with it and is shown on the row that brought it, once.
     */
    private Map<String, List<RecordProvenance.Comment>> commentsByRow(UUID id, List<HistoryEntry> history,
                                                                    People people) {
        Map<String, KeptRevisions.Comment> comments = kept.comments(id);
        Map<String, List<RecordProvenance.Comment>> byRow = new java.util.HashMap<>();
        if (comments.isEmpty()) {
            return byRow;
        }
        Set<String> rows = new java.util.HashSet<>();
        history.forEach(e -> rows.add(e.change().digest()));
        Map<String, Set<String>> includes = new java.util.HashMap<>();
        for (KeptRevisions.Kept k : kept.about(id)) {
            includes.computeIfAbsent(k.digest(), d -> new LinkedHashSet<>()).addAll(k.includes());
        }
        Set<String> said = new java.util.HashSet<>();
        for (HistoryEntry e : history) {
            String digest = e.change().digest();
            List<RecordProvenance.Comment> texts = new ArrayList<>();
            if (comments.containsKey(digest) && said.add(digest)) {
                texts.add(comment(comments.get(digest), people));
            }
            for (String included : includes.getOrDefault(digest, Set.of())) {
                KeptRevisions.Comment c = comments.get(included);
                if (c != null && !rows.contains(included) && said.add(included)
                        && texts.stream().noneMatch(t -> t.text().equals(c.text()))) {
                    texts.add(comment(c, people));
                }
            }
            if (!texts.isEmpty()) {
                byRow.put(digest, texts);
            }
        }
        return byRow;
    }

    private static RecordProvenance.Comment comment(KeptRevisions.Comment c, People people) {
        return new RecordProvenance.Comment(c.text(), c.signer() == null ? people.self() : people.key(c.signer().hex()));
    }

    /**
     * Who made each version this computer knows of the record, by digest: its rows' authors, then the
     * signers of the versions it kept (this computer for its own); a merge made here is nobody's.
     */
    private static Map<String, Person> makers(List<HistoryEntry> history, List<KeptRevisions.Kept> versions,
                                              People people) {
        Map<String, Person> makers = new HashMap<>();
        for (HistoryEntry e : history) {
            Person who = who(e.change(), people);
            if (who != null && e.change().digest() != null) {
                makers.putIfAbsent(e.change().digest(), who);
            }
        }
        for (KeptRevisions.Kept k : versions) {
            if (k.signer() != null) {
                makers.putIfAbsent(k.digest(), people.key(k.signer().hex()));
            } else if (!k.madeHere()) {
                makers.putIfAbsent(k.digest(), people.self());
            }
        }
        return makers;
    }

    /**
     * For a merge made here on receipt: whose versions it joined to the row before it (the version held
     * here), as far as this computer knows who made them; empty for any other row. A version the merge
     * held back (a conflict it left waiting) is among its parents but gave it nothing: not named.
     */
    private static List<Person> joined(HistoryEntry row, HistoryEntry previous, Map<String, Person> makers,
                                       Map<String, KeptRevisions.Kept> versions) {
        Change c = row.change();
        if (!c.origin().startsWith(Change.MERGE_PREFIX)) {
            return List.of();
        }
        String before = previous == null ? null : previous.change().digest();
        Set<Person> joined = new LinkedHashSet<>();
        for (String parent : c.parents()) {
            Person maker = makers.get(parent);
            if (!parent.equals(before) && maker != null && gave(versions.get(parent), row, previous)) {
                joined.add(maker);
            }
        }
        return List.copyOf(joined);
    }

    /**
     * Whether a parent version gave the merge something: a field it changed that the merge changed too,
     * or the deletion (or restoration) the merge made. A version that says nothing of what it changed
     * (known only whole) is taken to have given.
     */
    private static boolean gave(KeptRevisions.Kept version, HistoryEntry row, HistoryEntry previous) {
        if (version == null || (version.changed().isEmpty() && !version.deletedOrRestored())) {
            return true;
        }
        boolean deletionMade = previous != null && previous.deleted() != row.deleted();
        if (version.deletedOrRestored() && version.deleted() == row.deleted() && deletionMade) {
            return true;
        }
        return row.change().fields().stream().anyMatch(version.changed()::contains);
    }

    /** Who made a row: its author, the signer of its bundle, this computer; nobody for a merge made here. */
    private static Person who(Change c, People people) {
        if (c.origin().startsWith(Change.MERGE_PREFIX)) {
            return null;
        }
        if (c.origin().startsWith(BUNDLE_PREFIX)) {
            return c.author() != null ? people.key(c.author())
                    : people.signerOf(c.origin().substring(BUNDLE_PREFIX.length()));
        }
        return c.author() != null ? people.key(c.author()) : people.self();
    }

    private ChangeStep step(HistoryEntry e, People people, List<RecordProvenance.Comment> comments,
                            List<RecordProvenance.Answer> answers, List<RecordProvenance.NotTaken> notTaken,
                            List<Person> joined) {
        Change c = e.change();
        String how;
        String bundleId = null;
        Person who = who(c, people);
        if (c.origin().startsWith(Change.MERGE_PREFIX)) {
            how = "merge";
        } else if (c.origin().startsWith(BUNDLE_PREFIX)) {
            how = "bundle";
            bundleId = c.origin().substring(BUNDLE_PREFIX.length());
        } else {
            how = "local";
        }
        List<String> fields = c.kind() == ChangeKind.UPDATE
                ? c.fields().stream().sorted().map(SightingField::jsonName).toList() : List.of();
        boolean decision = "local".equals(how) && c.parents().size() >= 2;
        return new ChangeStep(c.revision(), c.kind().name().toLowerCase(java.util.Locale.ROOT), c.at(), who, how,
                bundleId, fields, decision, comments, answers, notTaken, joined);
    }

    /** A re-check: an edit that moves the check date, not a decision made here on someone's proposal. */
    private static boolean isConfirmation(Change c, ChangeStep step) {
        return (c.kind() == ChangeKind.UPDATE || c.kind() == ChangeKind.RESTORE) && !step.decision()
                && c.fields().contains(SightingField.CHECK_DATE);
    }

    private List<ReviewStep> reviews(UUID id, People people, List<org.contrechamp.core.audit.Decision> decisions) {
        Set<Long> declined = new java.util.HashSet<>();
        for (org.contrechamp.core.audit.Decision d : decisions) {
            if (d.kind() == org.contrechamp.core.audit.DecisionKind.REJECT) {
                declined.add(d.reviewItem());
            }
        }
        List<ReviewStep> steps = new ArrayList<>();
        for (BundleLedger.Conflict k : bundles.conflictsAbout(id)) {
            LocalDate before = repository.atRevision(id, k.heldRevision()).map(e -> e.after().checkDate()).orElse(null);
            LocalDate theirs = k.incoming().checkDate();
            boolean confirmation = theirs != null && (before == null || theirs.isAfter(before));
            steps.add(new ReviewStep(k.id(), k.reason().code(), people.key(k.signer().hex()), k.detectedAt(),
                    confirmation, k.resolvedAt(), declined.contains(k.id()), k.comment()));
        }
        return steps;
    }

    /** Bundles that carried the record: received ones from the rows' origins, ours from the exports' marks. */
    private List<BundleTrip> trips(List<HistoryEntry> history, People people) {
        Map<String, BundleTrip> trips = new LinkedHashMap<>();
        List<BundleLedger.Exported> exports = new ArrayList<>(bundles.exports());
        exports.sort(Comparator.comparingLong(BundleLedger.Exported::historySeq));
        for (HistoryEntry e : history) {
            String origin = e.change().origin();
            if (origin.startsWith(BUNDLE_PREFIX)) {
                String bundleId = origin.substring(BUNDLE_PREFIX.length());
                bundles.imported(bundleId).ifPresent(b -> trips.putIfAbsent(bundleId,
                        new BundleTrip(bundleId, people.key(b.signer().hex()), b.seq(), b.importedAt(), true)));
            } else if (Change.LOCAL.equals(origin)) {
                for (BundleLedger.Exported x : exports) {
                    if (x.historySeq() >= e.sequence()) {
                        trips.putIfAbsent(x.bundleId(), new BundleTrip(x.bundleId(), people.self(), x.seq(),
                                x.createdAt(), false));
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(trips.values());
    }

    private static LocalDate surveyedOn(List<HistoryEntry> history) {
        if (history.isEmpty()) {
            return null;
        }
        Sighting first = history.get(0).after();
        Sighting last = history.get(history.size() - 1).after();
        if (last.surveyDate() != null) {
            return last.surveyDate();
        }
        if (first.surveyedAt() != null) {
            return first.surveyedAt().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return first.createdAt() == null ? null : first.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Names for keys, looked up once per answer. */
    private final class People {
        private final Map<String, Person> byKey = new LinkedHashMap<>();
        private Person me;

        Person self() {
            if (me == null) {
                Optional<PublicIdentity> id = self.get();
                me = new Person(id.map(i -> i.fingerprint().hex()).orElse(null), id.map(PublicIdentity::name).orElse(""),
                        true);
            }
            return me;
        }

        /** A record's author: a key, or none (made here). */
        Person author(Fingerprint key) {
            return key == null ? self() : key(key.hex());
        }

        Person key(String hex) {
            if (hex.equals(self().key())) {
                return self();
            }
            return byKey.computeIfAbsent(hex, k -> {
                Optional<Fingerprint> f = Fingerprint.parse(k);
                String name = f.flatMap(keyring::find).map(t -> t.identity().name())
                        .orElse(f.map(Fingerprint::display).orElse(k));
                return new Person(k, name, false);
            });
        }

        Person signerOf(String bundleId) {
            return bundles.imported(bundleId).map(b -> key(b.signer().hex())).orElse(null);
        }
    }
}
