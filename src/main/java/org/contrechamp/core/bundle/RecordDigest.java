package org.contrechamp.core.bundle;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingJson;

/**
 * Names one revision of a record across computers (docs/adr/0041): SHA-256 of its shared document,
 * the values everyone holds alike. Left out, because each computer has its own: the revision number
 * (a counter people read, which merges made in different orders number differently), the street
 * (derived from the local area) and the draft flag (a computer's own review queue). Photos are named
 * by their shared copies, the only ones others hold; a tombstone names none (a deletion leaves
 * without its photos). Equal digests mean the same values.
 */
public final class RecordDigest {

    private RecordDigest() {
    }

    /** The digest of a version whose photos are already named as shared (anything received). */
    public static String of(Sighting version, boolean deleted) {
        return of(version, deleted, UnaryOperator.identity());
    }

    /**
     * @param sharedName the shared copy's hash of each photo this computer holds as an original (the
     *                   author's side); identity when the photos are shared copies already
     */
    public static String of(Sighting version, boolean deleted, UnaryOperator<String> sharedName) {
        Sighting shared = version.toBuilder()
                .revision(1)
                .street(null)
                .draft(false)
                .photos(deleted ? java.util.List.of() : version.photos().stream().map(sharedName).toList())
                .build();
        String document = (deleted ? "deleted\n" : "live\n") + SightingJson.toJson(shared);
        return BundleFormat.sha256Hex(document.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The digest of format 1 (whole JSON form, revision and street included), by which version-1
     * bundles name their base.
     */
    public static String legacy(Sighting version) {
        return BundleFormat.sha256Hex(SightingJson.toJson(version).getBytes(StandardCharsets.UTF_8));
    }
}
