package org.contrechamp.core.bundle;

import java.nio.charset.StandardCharsets;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingJson;

/**
 * Names one version of a record across machines: SHA-256 of its JSON form. Two machines that hold
 * "revision 4" of a record may hold different edits; equal digests mean the same values.
 */
public final class RecordDigest {

    private RecordDigest() {
    }

    public static String of(Sighting version) {
        return BundleFormat.sha256Hex(SightingJson.toJson(version).getBytes(StandardCharsets.UTF_8));
    }
}
