package org.contrechamp.core.bundle;

import org.contrechamp.core.sighting.ExtraTagRules;

/**
 * The comment a person wrote when deciding a review item, attached to the revision the decision made
 * (docs/adr/0055). It travels in bundles with that revision (format 3, docs/bundle-format.md) and is
 * shown in the record's provenance wherever the revision arrives.
 *
 * @param digest the revision the decision made
 * @param text   what the person wrote
 */
public record RevisionComment(String digest, String text) {

    /** Longer than a note: a reason, not an essay. */
    public static final int MAX_LENGTH = 1_000;
    /** The decisions one collapsed change can carry: as many as the other sides it may name. */
    public static final int MAX_PER_RECORD = BundleFormat.MAX_PARENTS;

    /**
     * Whether a text may be a comment: 1 to {@link #MAX_LENGTH} characters, not blank, and none of the
     * control or text-direction characters an extra tag's value may not hold either (one line, read as
     * it was written).
     */
    public static boolean isUsable(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        int length = text.codePointCount(0, text.length());
        return length <= MAX_LENGTH && ExtraTagRules.isUsableValue(text);
    }
}
