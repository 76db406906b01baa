package org.contrechamp.app;

import java.nio.file.Path;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.TestJpegs;

/** One person in an exchange test: their own data directory, identity and photos. */
final class Party implements AutoCloseable {

    final String name;
    final Path dir;
    final TestJpegs.Library photos = new TestJpegs.Library();
    /** Where every time this party's workspace stamps comes from, kept across {@link #reopen}. */
    private final java.time.Clock clock;
    /** Where the ids its workspace draws come from (a repository it makes), kept across {@link #reopen}. */
    private final java.util.function.Supplier<java.util.UUID> newIds;
    LocalWorkspace workspace;

    Party(String name, Path root) {
        this(name, root, new java.security.SecureRandom());
    }

    /** A party whose signing key is drawn from {@code keySource} (seeded: the same key every run). */
    Party(String name, Path root, java.security.SecureRandom keySource) {
        this(name, root, keySource, java.time.Clock.systemUTC(), java.util.UUID::randomUUID);
    }

    /**
     * A party whose key is drawn from {@code keySource}, whose workspace reads the time from
     * {@code clock} and draws its ids from {@code newIds}: with all three seeded, what the party does
     * writes the same records and bundles every run.
     */
    Party(String name, Path root, java.security.SecureRandom keySource, java.time.Clock clock,
            java.util.function.Supplier<java.util.UUID> newIds) {
        this.name = name;
        this.dir = root.resolve(name);
        this.clock = clock;
        this.newIds = newIds;
        this.workspace = LocalWorkspace.open(dir, photos, clock, newIds);
        workspace.identity().create(name, null, keySource);
    }

    PublicIdentity identity() {
        return workspace.identity().show();
    }

    void trusts(Party other) {
        trusts(other, null);
    }

    /** Trusts the other's key card with a role (null: a new key is a volunteer's, a known one keeps its role). */
    void trusts(Party other, org.contrechamp.core.trust.TrustedKey.Role role) {
        workspace.trust().trust(KeyCard.read("card", KeyCard.toJson(other.identity()).toString(), null), role);
    }

    /** Each party trusts every other: the coordinators as such, the others as volunteers. */
    static void everyoneTrustsEveryone(java.util.List<Party> everyone, java.util.List<Party> coordinators) {
        for (Party truster : everyone) {
            for (Party trusted : everyone) {
                if (truster != trusted) {
                    truster.trusts(trusted, coordinators.contains(trusted)
                            ? org.contrechamp.core.trust.TrustedKey.Role.COORDINATOR
                            : org.contrechamp.core.trust.TrustedKey.Role.VOLUNTEER);
                }
            }
        }
    }

    /** Edits one record as its form would: the values held here, changed, saved as a new revision. */
    void edit(java.util.UUID id, java.util.function.UnaryOperator<Sighting.Builder> change) {
        Sighting held = workspace.sightings().find(id).orElseThrow();
        workspace.sightings().update(change.apply(held.toBuilder()).build());
    }

    Sighting add(double lat, double lon, String... photoShas) {
        return workspace.sightings().create(Sighting.newAt(Position.manual(lat, lon))
                .photos(java.util.List.of(photoShas)).build());
    }

    /**
     * A campaign: {@code coordinator} makes the repository {@code root/repo}; each volunteer trusts it as
     * a coordinator and it trusts each volunteer. Returns the repository.
     */
    static Path campaign(Path root, Party coordinator, Party... volunteers) {
        Path repo = root.resolve("repo");
        coordinator.workspace.sharing().initRepository(repo.toString(), "Campagne");
        for (Party volunteer : volunteers) {
            volunteer.trusts(coordinator, org.contrechamp.core.trust.TrustedKey.Role.COORDINATOR);
            coordinator.trusts(volunteer);
        }
        return repo;
    }

    SharingService.SyncReport sync(Path repo) {
        return sync(repo.toString());
    }

    SharingService.SyncReport sync(String repository) {
        return workspace.sharing().sync(repository, null, Progress.NONE, Cancellation.NEVER);
    }

    /** Closes and reopens the workspace, so that a snapshot reads everything committed. */
    void reopen() {
        workspace.close();
        workspace = LocalWorkspace.open(dir, photos, clock, newIds);
    }

    @Override
    public void close() {
        workspace.close();
    }

}
