package org.contrechamp.core.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.Problem;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.PushCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries a repository folder through git (JGit, docs/adr/0031-jgit-for-git-repositories.md): pull,
 * let the folder sync run, commit what it wrote under the pseudonym (no e-mail, no real name), push.
 * Offline, the commit stays local and goes out with the next sync. Two clones pushing at once cannot
 * conflict: they only ever add different content-named files, so the loser of a push race merges and
 * pushes again.
 */
public final class GitSync {

    /** What git did around the folder sync. */
    public record Outcome(boolean online, boolean committed, boolean pushed, boolean pendingPush) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(GitSync.class);
    private static final int TIMEOUT_SECONDS = 30;
    /** The branch a campaign's first push creates in an empty remote. */
    private static final String NEW_BRANCH = "main";
    private static final int PUSH_ATTEMPTS = 6;

    private final PersonIdent author;

    /** @param pseudonym the name on commits; the e-mail is left empty on purpose */
    public GitSync(String pseudonym) {
        this.author = new PersonIdent(pseudonym, "");
    }

    /** The folder sync's result and what git did around it. */
    public record Synced<T>(T result, Outcome git) {
    }

    /** Opens the clone (cloning a URL on first use), pulls, runs {@code folderSync}, commits and pushes. */
    public <T> Synced<T> sync(GitRepository repo, Supplier<T> folderSync) {
        try (Git git = open(repo)) {
            boolean online = pull(git);
            T result = folderSync.get();
            boolean committed = commit(git, "Contrechamp sync by " + author.getName());
            boolean pushed = false;
            boolean pending = ahead(git);
            if (online && pending) {
                pushed = push(git);
                pending = !pushed;
            }
            return new Synced<>(result, new Outcome(online, committed, pushed, pending));
        } catch (GitAPIException | IOException e) {
            throw new DataUnavailableException(Problem.of(repo.location(), "repository-git-failed", e.getMessage()), e);
        }
    }

    /** Commits the new repository.json of {@code repo init} and pushes it. */
    public Outcome publishInit(GitRepository repo) {
        try (Git git = Git.open(repo.workTree().toFile())) {
            boolean committed = commit(git, "Contrechamp repository");
            boolean pushed = push(git);
            return new Outcome(true, committed, pushed, !pushed);
        } catch (GitAPIException | IOException e) {
            throw new DataUnavailableException(Problem.of(repo.location(), "repository-git-failed", e.getMessage()), e);
        }
    }

    /** The clone of {@code repo}, made when absent (which needs the network). */
    public Git open(GitRepository repo) throws IOException, GitAPIException {
        Git git;
        if (repo.kind() == GitRepository.Kind.GIT_URL && !Files.isDirectory(repo.workTree().resolve(".git"))) {
            Files.createDirectories(repo.workTree().getParent());
            try {
                git = Git.cloneRepository().setURI(repo.location()).setDirectory(repo.workTree().toFile())
                        .setBranch(branchToCheckOut(repo)).setTimeout(TIMEOUT_SECONDS).call();
            } catch (TransportException e) {
                throw new DataUnavailableException(Problem.of(repo.location(), "repository-unreachable", e.getMessage()), e);
            }
            if (git.getRepository().resolve(Constants.HEAD) == null) {
                // An empty remote: our first push creates its branch. Name it as hosting services and
                // newer git name a new repository's branch, so that the remote's HEAD finds it.
                git.getRepository().updateRef(Constants.HEAD).link(Constants.R_HEADS + NEW_BRANCH);
            }
        } else {
            git = Git.open(repo.workTree().toFile());
        }
        useOnlyThePseudonym(git.getRepository());
        return git;
    }

    /**
     * The branch a first clone checks out: the one the remote's HEAD names, or, when that HEAD names a
     * branch nobody pushed (a repository made with {@code main} that received {@code master}, or the
     * reverse), the branch that holds the campaign.
     */
    private static String branchToCheckOut(GitRepository repo) throws GitAPIException {
        Collection<Ref> refs = Git.lsRemoteRepository().setRemote(repo.location()).setTimeout(TIMEOUT_SECONDS).call();
        List<String> branches = new ArrayList<>();
        for (Ref ref : refs) {
            if (ref.getName().equals(Constants.HEAD)) {
                return Constants.HEAD;
            }
            if (ref.getName().startsWith(Constants.R_HEADS)) {
                branches.add(ref.getName());
            }
        }
        Collections.sort(branches);
        for (String preferred : List.of(Constants.R_HEADS + NEW_BRANCH, Constants.R_HEADS + Constants.MASTER)) {
            if (branches.contains(preferred)) {
                return preferred;
            }
        }
        return branches.isEmpty() ? Constants.HEAD : branches.get(0);
    }

    /**
     * Git would otherwise take the user's global name and e-mail for merge commits: the clone's own
     * configuration names the pseudonym and no e-mail, and turns commit signing off.
     */
    private void useOnlyThePseudonym(Repository repository) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setString("user", null, "name", author.getName());
        config.setString("user", null, "email", "");
        config.setBoolean("commit", null, "gpgsign", false);
        config.save();
    }

    /** Fetches and merges the remote branch; false when the remote cannot be reached (offline). */
    private boolean pull(Git git) throws GitAPIException, IOException {
        if (!hasRemote(git)) {
            return false; // a local working tree without a remote: nothing to pull or push
        }
        try {
            git.fetch().setRemote(Constants.DEFAULT_REMOTE_NAME).setTimeout(TIMEOUT_SECONDS).call();
        } catch (TransportException e) {
            LOG.info("repository remote unreachable, working offline: {}", e.getMessage());
            return false;
        }
        merge(git);
        return true;
    }

    private void merge(Git git) throws GitAPIException, IOException {
        Repository repository = git.getRepository();
        ObjectId remote = repository.resolve(Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/" + repository.getBranch());
        if (remote == null) {
            return; // the remote has no such branch yet: our push will create it
        }
        MergeResult merged = git.merge().include(remote).setFastForward(MergeCommand.FastForwardMode.FF)
                .setCommit(true).setMessage("Contrechamp sync: merge").call();
        if (!merged.getMergeStatus().isSuccessful()) {
            // Cannot happen with content-named files only; someone edited the clone by hand.
            git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef(Constants.HEAD).call();
            throw new DataUnavailableException(Problem.of(repository.getWorkTree().toString(), "repository-git-conflict",
                    String.valueOf(merged.getConflicts() == null ? "" : merged.getConflicts().keySet())));
        }
    }

    private boolean commit(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(RepositoryLayout.REPOSITORY_FILE).addFilepattern(RepositoryLayout.BUNDLES)
                .addFilepattern(RepositoryLayout.BLOBS).call();
        org.eclipse.jgit.api.Status status = git.status().call();
        if (status.getAdded().isEmpty() && status.getChanged().isEmpty()) {
            return false;
        }
        git.commit().setAuthor(author).setCommitter(author).setMessage(message).setSign(false).call();
        return true;
    }

    private static boolean hasRemote(Git git) {
        return git.getRepository().getConfig().getSubsections("remote").contains(Constants.DEFAULT_REMOTE_NAME);
    }

    /** Whether the local branch has commits the remote branch lacks (never, without a remote). */
    private static boolean ahead(Git git) throws IOException {
        if (!hasRemote(git)) {
            return false;
        }
        Repository repository = git.getRepository();
        ObjectId local = repository.resolve(Constants.HEAD);
        ObjectId remote = repository.resolve(Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/" + repository.getBranch());
        return local != null && !local.equals(remote);
    }

    /** Pushes; a rejection because someone pushed first is merged and retried. */
    private boolean push(Git git) throws GitAPIException, IOException {
        for (int attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
            PushCommand push = git.push().setRemote(Constants.DEFAULT_REMOTE_NAME).setTimeout(TIMEOUT_SECONDS)
                    .add(git.getRepository().getBranch());
            boolean rejected = false;
            try {
                for (PushResult result : push.call()) {
                    for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                        RemoteRefUpdate.Status status = update.getStatus();
                        if (status != RemoteRefUpdate.Status.OK && status != RemoteRefUpdate.Status.UP_TO_DATE) {
                            rejected = true;
                        }
                    }
                }
            } catch (TransportException e) {
                LOG.info("push failed, kept for the next sync: {}", e.getMessage());
                return false;
            }
            if (!rejected) {
                return true;
            }
            LOG.info("push raced with another clone (attempt {}), merging and retrying", attempt);
            if (!pull(git)) {
                return false;
            }
        }
        return false;
    }
}
