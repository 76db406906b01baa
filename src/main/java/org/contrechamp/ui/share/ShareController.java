package org.contrechamp.ui.share;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.ImportOutcome;
import org.contrechamp.core.duplicate.WorkOutcomes;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.repository.SyncResult;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.ui.common.ErrorMessages;
import org.contrechamp.ui.common.ProgressDialog;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskHandle;
import org.contrechamp.ui.common.TaskRunner;

/**
 * Sharing from the window: sync with the shared repository (the first time, an identity is made with a
 * pseudonym), and the identity card to hand to a coordinator. Trust decisions stay with coordinators'
 * command line ({@code contrechamp trust ...}); the sync report says which signers wait for one.
 */
public final class ShareController {

    private final Messages messages;
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final StatusLine status;
    private final Supplier<Settings> settings;
    private final Consumer<Settings> saveSettings;
    private final Runnable onImported;

    public ShareController(Messages messages, Workspace workspace, TaskRunner tasks, StatusLine status,
            Supplier<Settings> settings, Consumer<Settings> saveSettings, Runnable onImported) {
        this.messages = messages;
        this.workspace = workspace;
        this.tasks = tasks;
        this.status = status;
        this.settings = settings;
        this.saveSettings = saveSettings;
        this.onImported = onImported;
    }

    private record Me(PublicIdentity identity, boolean locked) {
    }

    public void sync(Window owner) {
        tasks.submit("read identity", (p, c) -> new Me(workspace.identity().find().orElse(null),
                workspace.identity().exists() && workspace.identity().isProtected()), me -> {
                    new SyncDialog(messages, settings.get().repositoryLocation(),
                            me.identity() == null ? null : me.identity().name(), me.locked())
                            .ask().ifPresent(choice -> run(owner, choice));
                }, this::fail);
    }

    /**
     * Looks at the chosen location first, changing nothing: a folder with no repository yet is asked
     * about (start one there?), a folder of other files refused; only then is the identity made and
     * the sync run. Nothing is created before the volunteer said yes to something.
     */
    private void run(Window owner, SyncDialog.Choice choice) {
        tasks.submit("look at repository", (p, c) -> workspace.sharing().lookAt(choice.location()), found -> {
            if (!found.wouldCreate()) {
                sync(owner, choice, null, found.existing() == null ? null : found.existing().name());
                return;
            }
            Optional<String> name = new NewRepositoryDialog(messages, choice.location()).ask();
            if (name.isPresent()) {
                sync(owner, choice, name.get(), null);
            } else {
                forget(choice);
                status.info(messages.get("share.new-repo.declined"));
            }
        }, error -> {
            forget(choice);
            fail(error);
        });
    }

    /** What this sync did to the repository, said at the top of its report. */
    private enum Joined { CREATED, JOINED, KNOWN }

    /**
     * @param newName  the name of the repository to make first, or null to sync with what is there
     * @param existing the name of the repository found in the folder, or null (a git location)
     */
    private void sync(Window owner, SyncDialog.Choice choice, String newName, String existing) {
        boolean firstTime = !choice.location().equals(settings.get().repositoryLocation());
        ProgressDialog dialog = new ProgressDialog(owner, messages, messages.get("share.syncing"));
        dialog.show();
        WorkOutcomeLines outcomes = new WorkOutcomeLines(workspace, messages);
        TaskHandle handle = tasks.submit("sync", (progress, cancel) -> {
            try {
                if (choice.pseudonym() != null) {
                    workspace.identity().create(choice.pseudonym(), choice.passphrase());
                }
                Joined joined = firstTime ? Joined.JOINED : Joined.KNOWN;
                if (newName != null || existing == null) {
                    // A git location is cloned here: made if it holds no repository yet, joined if it does.
                    boolean made = !workspace.sharing().initOrOpenRepository(choice.location(), newName).existed();
                    joined = made ? Joined.CREATED : joined;
                }
                // Before, to say afterwards only what this sync brought about the records made here.
                Set<WorkOutcomes.Outcome> before = workspace.identity().exists() ? outcomes.known() : Set.of();
                SharingService.SyncReport report;
                SharingService.PublishReport published = null;
                if (choice.publish()) {
                    published = workspace.sharing().syncAndPublish(choice.location(), choice.passphrase(), progress,
                            cancel);
                    report = published.sync();
                } else {
                    report = workspace.sharing().sync(choice.location(), choice.passphrase(), progress, cancel);
                }
                return new Synced(report, joined, lateEdits(report), outcomes.since(before), decidedLines(report),
                        authorNames(report), published);
            } finally {
                forget(choice);
            }
        }, synced -> {
            dialog.close();
            // Remembered once it worked: the next sync offers it, and says "joined" no more.
            saveSettings.accept(settings.get().withRepositoryLocation(choice.location()));
            onImported.run();
            showReport(synced);
        }, error -> {
            dialog.close();
            fail(error);
        });
        dialog.follow(handle);
    }

    /**
     * @param lateEdits the review items this sync brought that are late edits of merged records
     * @param yourWork  what others did to the records made here, that this sync brought
     * @param decidedLines what became of the changes made here to others' records, and of the items that
     *                  waited here, that this sync brought: decisions taken elsewhere, as sentences
     * @param authorNames the names of the authors of the records the items to review are about, where
     *                  nothing of them was made here ({@link SharingService.SyncReport#othersAlone})
     * @param published the consolidated inventory signed after the sync, or null (not asked)
     */
    private record Synced(SharingService.SyncReport report, Joined joined, Set<Long> lateEdits, List<String> yourWork,
                          List<String> decidedLines, Map<Fingerprint, String> authorNames,
                          SharingService.PublishReport published) {
    }

    /** The names of the authors {@link SharingService.SyncReport#othersAlone} gives, read off the FX thread. */
    private Map<Fingerprint, String> authorNames(SharingService.SyncReport report) {
        if (report.othersAlone().isEmpty()) {
            return Map.of();
        }
        org.contrechamp.core.provenance.DeskNames names = workspace.provenance().names(messages);
        Map<Fingerprint, String> byKey = new java.util.HashMap<>();
        report.othersAlone().values().forEach(f -> byKey.computeIfAbsent(f, k -> names.key(k.hex())));
        return byKey;
    }

    /** The report's decisions taken elsewhere as sentences, names read here, off the FX thread. */
    private List<String> decidedLines(SharingService.SyncReport report) {
        if (report.decided().isEmpty() && report.settledElsewhere().isEmpty()) {
            return List.of();
        }
        org.contrechamp.core.provenance.SentProposalsText text = new org.contrechamp.core.provenance.SentProposalsText(
                messages, workspace.provenance().names(messages), java.time.ZoneId.systemDefault(),
                org.contrechamp.core.provenance.SentProposalsText.Where.WINDOW);
        List<String> lines = new java.util.ArrayList<>(report.decided().stream().map(text::decided).toList());
        report.settledElsewhere().stream().map(text::settled).forEach(lines::add);
        return lines;
    }

    /** Which items to review are late edits of a merged record, read in the background with the sync. */
    private Set<Long> lateEdits(SharingService.SyncReport report) {
        Set<Long> late = new HashSet<>();
        for (BundleLedger.Conflict c : report.toReview()) {
            if (c.reason() == BundleLedger.ConflictReason.DIVERGED && workspace.lateEdits().of(c.id()).isPresent()) {
                late.add(c.id());
            }
        }
        return late;
    }

    private static void forget(SyncDialog.Choice choice) {
        if (choice.passphrase() != null) {
            Arrays.fill(choice.passphrase(), '\0');
        }
    }

    private void showReport(Synced synced) {
        SharingService.SyncReport report = synced.report();
        SharingService.PublishReport published = synced.published();
        Joined joined = synced.joined();
        Set<Long> lateEdits = synced.lateEdits();
        List<String> yourWork = synced.yourWork();
        List<String> decidedLines = synced.decidedLines();
        Map<Fingerprint, String> authorNames = synced.authorNames();
        SyncResult r = report.result();
        StringJoiner text = new StringJoiner("\n");
        if (joined == Joined.CREATED) {
            text.add(messages.get("share.report.created", r.repository().name()));
        } else if (joined == Joined.JOINED) {
            text.add(messages.get("share.report.joined", r.repository().name()));
        }
        if (r.changedNothing() && (published == null || published.written() == 0)) {
            text.add(messages.get("share.report.nothing"));
        }
        if (!r.exported().isEmpty()) {
            text.add(messages.get("share.report.exported", r.exported().records(), r.exported().photos(),
                    r.exported().bundles().get(r.exported().bundles().size() - 1).seq()));
        }
        if (r.exported().draftsKept() > 0) {
            text.add(messages.get("share.report.drafts-kept", r.exported().draftsKept()));
        }
        if (!r.repaired().isEmpty()) {
            text.add(messages.get("share.report.repaired", r.repaired().size(), r.repairedNumbers()));
        }
        for (var unshared : r.exported().unsharedPhotos()) {
            text.add(messages.get("share.report.unshared", unshared.original().substring(0, 12),
                    messages.get("photo.unshared." + unshared.reason(), unshared.args().toArray())));
        }
        for (ImportOutcome in : r.imported()) {
            text.add(messages.get("share.report.imported", in.signerName(), in.seq(), in.applied(), in.conflicts(),
                    in.unchanged(), in.waiting(), in.released()));
        }
        for (var c : report.toReview()) {
            if (lateEdits.contains(c.id())) {
                // Counted apart below: not a conflict between two edits, but an edit that came after a merge.
                continue;
            }
            String signer = r.imported().stream().filter(o -> o.bundleId().equals(c.bundleId()))
                    .map(ImportOutcome::signerName).findFirst().orElse(c.signer().display());
            Fingerprint author = report.othersAlone().get(c.sightingId());
            text.add(author != null && c.reason() != BundleLedger.ConflictReason.COLLISION
                    ? messages.get("share.report." + c.reason().code() + ".others", c.sightingId(), signer,
                            authorNames.get(author))
                    : messages.get("share.report." + c.reason().code(), c.sightingId(), signer));
        }
        if (!lateEdits.isEmpty()) {
            text.add(messages.get("share.report.late-edits", lateEdits.size()));
        }
        yourWork.forEach(text::add);
        decidedLines.forEach(text::add);
        if (report.stillWaiting() > 0) {
            text.add(messages.get("share.report.waiting", report.stillWaiting()));
        }
        for (var pending : r.newlyPending()) {
            text.add(messages.get("share.report.pending", pending.signer().display(), pending.fileName()));
        }
        if (r.asideBefore() > 0) {
            text.add(messages.get("share.report.still-aside", r.asideBefore(), r.keysAsideBefore()));
        }
        for (var rejected : r.rejected()) {
            text.add(messages.get("share.report.rejected", rejected.file(), rejected.code()));
        }
        if (published != null) {
            // The same words as sync --publish on the command line.
            text.add(messages.get("cli.sync.consolidated", published.consolidated().bundles().size(),
                    published.consolidated().records(), published.consolidated().photos(), published.written()));
            if (published.unchanged() > 0) {
                text.add(messages.get("cli.sync.consolidated-unchanged", published.unchanged()));
            }
        }
        if (report.git() != null) {
            text.add(messages.get(report.git().pushed() ? "share.report.pushed"
                    : report.git().pendingPush() ? "share.report.push-later" : "share.report.git-nothing"));
        }
        status.info(messages.get("share.done"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", DialogButtons.close(messages));
        alert.setTitle(messages.get("share.report.title"));
        alert.setHeaderText(messages.get("share.report.header", r.repository().name()));
        TextArea area = new TextArea(text.toString());
        area.setId("sync-report");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(14, 2 + text.length() / 60));
        alert.getDialogPane().setContent(area);
        alert.show();
    }

    /** The identity card (pseudonym, fingerprint, public key) to hand to a coordinator. */
    public void showIdentity() {
        tasks.submit("read identity", (p, c) -> workspace.identity().find(), found -> {
            if (found.isEmpty()) {
                status.info(messages.get("share.identity.none"));
                return;
            }
            PublicIdentity me = found.get();
            String card = KeyCard.toJson(me).toPrettyString();
            Alert alert = new Alert(Alert.AlertType.INFORMATION, "", DialogButtons.close(messages));
            alert.setTitle(messages.get("share.identity.title"));
            alert.setHeaderText(messages.get("share.identity.header", me.name(), me.fingerprint().display()));
            TextArea area = new TextArea(card);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(6);
            alert.getDialogPane().setContent(area);
            ButtonType copy = new ButtonType(messages.get("share.identity.copy"));
            alert.getButtonTypes().add(0, copy);
            alert.showAndWait().filter(copy::equals).ifPresent(b -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(card);
                Clipboard.getSystemClipboard().setContent(content);
                status.info(messages.get("share.identity.copied"));
            });
        }, this::fail);
    }

    /**
     * <i>Save the card…</i>: the card as a text file (for a USB stick), which the coordinator's
     * {@code trust add FILE} reads. Without an identity yet, says how one is made.
     */
    public void saveCard(Window owner) {
        saveCard(owner, me -> CardFile.choose(owner, messages, me));
    }

    /** As {@link #saveCard(Window)}, the file asked for by {@code where} (tests name it themselves). */
    public void saveCard(Window owner, java.util.function.Function<PublicIdentity, java.nio.file.Path> where) {
        tasks.submit("read identity", (p, c) -> workspace.identity().find(), found -> {
            if (found.isEmpty()) {
                status.info(messages.get("share.identity.none"));
                return;
            }
            java.nio.file.Path target = where.apply(found.get());
            if (target == null) {
                return;
            }
            tasks.submit("save card", (p, c) -> {
                CardFile.write(target, messages, found.get());
                return target;
            }, saved -> status.info(messages.get("share.card.saved", saved.toString())), this::fail);
        }, this::fail);
    }

    private void fail(Throwable error) {
        status.error(error instanceof CancellationException ? messages.get("share.cancelled")
                : ErrorMessages.describe(messages, error));
    }
}
