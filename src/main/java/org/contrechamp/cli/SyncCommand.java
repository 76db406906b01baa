package org.contrechamp.cli;

import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.ImportOutcome;
import org.contrechamp.core.bundle.PhotoSharer;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.core.repository.GitRepository;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.repository.SyncResult;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sync --repo DIR|URL}: signs and publishes what changed here, imports everyone else's
 * bundles. Exit 0 even when some bundles were refused or kept aside (each is reported on stderr);
 * exit 1 when the repository or the identity cannot be used, including a repository that holds a
 * link or that went away during the sync (the bundles not read then are not refused).
 */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand implements Runnable {

    @ParentCommand
    RootCommand root;

    @Option(names = "--repo", required = true, paramLabel = "DIR|URL", descriptionKey = "option.repo")
    String repository;

    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "option.passphrase-file")
    Path passphraseFile;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--publish", descriptionKey = "option.sync-publish")
    boolean publish;

    private final CliContext context;

    SyncCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        try (Workspace workspace = root.openWorkspace()) {
            char[] passphrase = null;
            if (workspace.identity().exists() && workspace.identity().isProtected()) {
                passphrase = Passphrases.givenOrAsked(passphraseFile, context.messages().get("cli.identity.passphrase"));
            }
            try {
                if (publish) {
                    SharingService.PublishReport published = workspace.sharing().syncAndPublish(repository, passphrase,
                            Progress.NONE, Cancellation.NEVER);
                    print(published.sync(), workspace, published);
                } else {
                    print(workspace.sharing().sync(repository, passphrase, Progress.NONE, Cancellation.NEVER), workspace,
                            null);
                }
                remember(workspace);
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
        }
    }

    /**
     * Keeps the repository synced with as the window's sync dialog offers it next time, as a sync
     * made there does: a folder by its absolute path (the window does not start where this shell
     * did), a URL as given.
     */
    private void remember(Workspace workspace) {
        GitRepository located = GitRepository.locate(repository, Path.of(""));
        // A bare repository on this disk is located as a file:// URL: remembered as the folder it is.
        String location = located.kind() == GitRepository.Kind.GIT_URL && located.location().equals(repository)
                ? repository : Path.of(repository).toAbsolutePath().normalize().toString();
        Settings settings = workspace.settings().load();
        if (!location.equals(settings.repositoryLocation())) {
            workspace.settings().save(settings.withRepositoryLocation(location));
        }
    }

    /** @param published the consolidated inventory signed after the sync ({@code --publish}), else null */
    private void print(SharingService.SyncReport report, Workspace workspace, SharingService.PublishReport published) {
        SyncResult r = report.result();
        for (PhotoSharer.Unshared u : r.exported().unsharedPhotos()) {
            String reason = context.messages().get("photo.unshared." + u.reason(), u.args().toArray());
            String name = workspace.photos().find(u.original()).map(StoredPhoto::originalName)
                    .filter(n -> !n.isBlank()).orElse(null);
            context.err().println(name == null
                    ? context.messages().get("cli.sync.photo-left-out", u.original().substring(0, 8), reason)
                    : context.messages().get("cli.sync.photo-left-out-named", name, u.original().substring(0, 8), reason));
        }
        for (SyncResult.Rejected rejected : r.rejected()) {
            for (Problem p : rejected.problems()) {
                context.err().println(context.messages().get("cli.error", context.messages().describeByName(p)));
            }
        }
        if (json) {
            ObjectNode out = toJson(report);
            if (published != null) {
                out.putObject("consolidated").put("bundles", published.consolidated().bundles().size())
                        .put("records", published.consolidated().records())
                        .put("photos", published.consolidated().photos()).put("unchanged", published.unchanged())
                        .put("written", published.written());
            }
            JsonOutput.print(context, out);
            return;
        }
        var m = context.messages();
        context.out().println(m.get("cli.sync.exported", r.exported().bundles().size(), r.exported().records(),
                r.exported().photos(), r.published()));
        if (r.exported().draftsKept() > 0) {
            context.out().println(m.get("cli.sync.drafts-kept", r.exported().draftsKept()));
        }
        if (!r.repaired().isEmpty()) {
            context.out().println(m.get("cli.sync.repaired", r.repaired().size(), r.repairedNumbers()));
        }
        for (ImportOutcome o : r.imported()) {
            context.out().println(m.get("cli.sync.imported", o.signerName(), o.seq(), o.records(), o.applied(),
                    o.conflicts(), o.unchanged(), o.waiting(), o.released()));
            if (o.missingBefore() > 0) {
                context.out().println(m.get("cli.sync.gap", o.signerName(), o.missingBefore()));
            }
        }
        context.out().println(m.get("cli.sync.summary", r.imported().size(), r.alreadyImported(), r.rejected().size(),
                r.pending().size()));
        if (report.stillWaiting() > 0) {
            context.out().println(m.get("cli.sync.waiting", report.stillWaiting()));
        }
        for (BundleLedger.Pending p : r.newlyPending()) {
            context.out().println(m.get("cli.trust.pending", p.signer().display(), p.fileName()));
        }
        if (r.asideBefore() > 0) {
            context.out().println(m.get("cli.sync.still-aside", r.asideBefore(), r.keysAsideBefore()));
        }
        if (!r.newlyPending().isEmpty()) {
            context.out().println(m.get("cli.trust.pending-how"));
        }
        if (published != null) {
            context.out().println(m.get("cli.sync.consolidated", published.consolidated().bundles().size(),
                    published.consolidated().records(), published.consolidated().photos(), published.written()));
            if (published.unchanged() > 0) {
                context.out().println(m.get("cli.sync.consolidated-unchanged", published.unchanged()));
            }
        }
        if (report.git() != null) {
            context.out().println(m.get(report.git().pendingPush() ? "cli.sync.git-pending" : "cli.sync.git-done"));
        }
        for (BundleLedger.Conflict c : report.toReview()) {
            // What this sync brought that a person must look at, by name; a late edit of a merged record as such.
            java.util.Optional<org.contrechamp.core.review.LateEdit> late =
                    c.reason() == BundleLedger.ConflictReason.DIVERGED ? workspace.lateEdits().of(c.id())
                            : java.util.Optional.empty();
            context.out().println(late.isPresent()
                    ? m.get("cli.sync.late-edit", c.sightingId(), signerName(r, c), late.get().survivor())
                    : m.get("cli.sync." + c.reason().code() + betweenOthers(report, c), c.sightingId(), signerName(r, c),
                            authorName(workspace, m, report, c)));
        }
        // Items a bundle kept that a later bundle of the same sync settled: the lines above said "kept for
        // review", and nothing of them waits now.
        int kept = r.imported().stream().mapToInt(ImportOutcome::conflicts).sum();
        if (kept > report.toReview().size()) {
            context.out().println(m.get("cli.sync.kept-settled", kept - report.toReview().size()));
        }
        if (!report.decided().isEmpty() || !report.settledElsewhere().isEmpty()) {
            // What became of the proposals this computer sent ("was my change taken?"), and of the items
            // that waited here and someone else decided ("who settled it, and how?").
            org.contrechamp.core.provenance.SentProposalsText sent = new org.contrechamp.core.provenance.SentProposalsText(
                    m, workspace.provenance().names(m), java.time.ZoneId.systemDefault());
            report.decided().forEach(d -> context.out().println(sent.decided(d)));
            report.settledElsewhere().forEach(d -> context.out().println(sent.settled(d)));
        }
        if (report.openConflicts() > 0) {
            context.out().println(openItems(m, workspace.review().open()));
        }
        // The repository's list of coordinators is advice: a key becomes one here only by its owner's choice.
        for (org.contrechamp.core.trust.TrustedKey k : workspace.trust().list()) {
            if (k.isTrusted() && k.role() != org.contrechamp.core.trust.TrustedKey.Role.COORDINATOR
                    && r.repository().coordinators().contains(k.fingerprint().hex())) {
                context.out().println(m.get("cli.sync.named-coordinator", k.identity().name(), k.fingerprint().display()));
            }
        }
    }

    /**
     * ".others" for a conflict or a proposal on a record that holds nothing made here (someone else's,
     * never changed here): said as an item this computer only holds until its author or a coordinator
     * decides. A collision is the same question everywhere.
     */
    static String betweenOthers(SharingService.SyncReport report, BundleLedger.Conflict c) {
        return c.reason() != BundleLedger.ConflictReason.COLLISION && report.othersAlone().containsKey(c.sightingId())
                ? ".others" : "";
    }

    private static String authorName(org.contrechamp.core.workspace.Workspace workspace,
                                     org.contrechamp.core.i18n.Messages m, SharingService.SyncReport report,
                                     BundleLedger.Conflict c) {
        org.contrechamp.core.identity.Fingerprint author = report.othersAlone().get(c.sightingId());
        return author == null ? "" : workspace.provenance().names(m).key(author.hex());
    }

    /** What waits for a decision here, by kind, only the kinds there are, each with the command that lists it. */
    private static String openItems(org.contrechamp.core.i18n.Messages m,
                                    java.util.List<org.contrechamp.core.review.ReviewItem> open) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (org.contrechamp.core.review.ReviewKind kind : org.contrechamp.core.review.ReviewKind.values()) {
            long count = open.stream().filter(i -> i.kind() == kind).count();
            if (count > 0) {
                parts.add(m.get("cli.sync.open." + kind.name().toLowerCase(java.util.Locale.ROOT), count));
            }
        }
        return m.get("cli.sync.open", String.join(", ", parts), open.size());
    }

    /** The pseudonym of the signer of a conflict's bundle, as this sync imported it. */
    private static String signerName(SyncResult r, BundleLedger.Conflict c) {
        return r.imported().stream().filter(o -> o.bundleId().equals(c.bundleId())).map(ImportOutcome::signerName)
                .findFirst().orElse(c.signer().display());
    }

    private static ObjectNode toJson(SharingService.SyncReport report) {
        SyncResult r = report.result();
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("repository", r.repository().id());
        root.put("stillWaiting", report.stillWaiting());
        ArrayNode exported = root.putArray("exported");
        for (BundleLedger.Exported e : r.exported().bundles()) {
            exported.addObject().put("bundle", e.bundleId()).put("seq", e.seq()).put("records", e.records())
                    .put("blobs", e.blobs());
        }
        root.put("published", r.published());
        ArrayNode repaired = root.putArray("repaired");
        r.repaired().forEach(repaired::add);
        ArrayNode imported = root.putArray("imported");
        for (ImportOutcome o : r.imported()) {
            imported.addObject().put("bundle", o.bundleId()).put("signer", o.signer().hex()).put("signerName", o.signerName())
                    .put("seq", o.seq()).put("records", o.records()).put("applied", o.applied())
                    .put("unchanged", o.unchanged()).put("conflicts", o.conflicts()).put("waiting", o.waiting()).put("released", o.released()).put("blobs", o.blobs())
                    .put("missingBefore", o.missingBefore());
        }
        root.put("alreadyImported", r.alreadyImported());
        ArrayNode rejected = root.putArray("rejected");
        for (SyncResult.Rejected x : r.rejected()) {
            rejected.addObject().put("file", x.file()).put("error", x.code());
        }
        ArrayNode pending = root.putArray("awaitingDecision");
        for (BundleLedger.Pending p : r.pending()) {
            pending.addObject().put("fingerprint", p.signer().hex()).put("bundle", p.fileName())
                    .put("new", r.newlyPending().contains(p));
        }
        ArrayNode decided = root.putArray("proposalsDecided");
        for (org.contrechamp.core.provenance.SentProposals.Decided d : report.decided()) {
            decided.addObject().put("sighting", d.sightingId().toString()).put("author", d.author().hex())
                    .put("revision", d.revision()).put("decidedBy", d.decidedBy().hex()).put("outcome", d.outcome());
        }
        ArrayNode settled = root.putArray("settledElsewhere");
        for (org.contrechamp.core.provenance.SettledElsewhere.Settled d : report.settledElsewhere()) {
            ObjectNode item = settled.addObject().put("item", d.item()).put("sighting", d.sightingId().toString())
                    .put("reason", d.reason().code()).put("sentBy", d.sentBy().hex()).put("decidedBy", d.decidedBy().hex())
                    .put("deletes", d.deletes());
            ArrayNode fields = item.putArray("fields");
            d.fields().stream().map(org.contrechamp.core.sighting.SightingField::jsonName).sorted().forEach(fields::add);
        }
        if (report.git() != null) {
            root.putObject("git").put("online", report.git().online()).put("committed", report.git().committed())
                    .put("pushed", report.git().pushed()).put("pendingPush", report.git().pendingPush());
        }
        return root;
    }
}
