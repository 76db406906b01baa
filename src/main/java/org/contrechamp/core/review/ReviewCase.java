package org.contrechamp.core.review;

import java.util.List;
import java.util.Set;

import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.MergeResult;
import org.contrechamp.core.merge.Version;

/**
 * Everything a person needs to decide one review item, side by side.
 *
 * @param base           the version both sides started from; null when there is none (a collision, or a
 *                       base this computer never held)
 * @param mine           the version held here now
 * @param theirs         the version that arrived
 * @param merge          what merging gives before any choice: {@code merge.merged()} is the result as it
 *                       would be stored with every decision left as mine, {@code merge.conflicts()} the
 *                       decisions (for a proposal, every field it changes)
 * @param changedMine    fields this side changed since the base
 * @param changedTheirs  fields the other side changed since the base
 * @param theirReasons   the comments of the decisions the other side includes and this one does not,
 *                       the arriving revision's own first, each text once: why someone there chose what arrives (a volunteer's decision of a
 *                       conflict on his computer comes to a coordinator as a proposal, with his reason)
 */
public record ReviewCase(ReviewItem item, Version base, Version mine, Version theirs, MergeResult merge,
                         Set<MergeField> changedMine, Set<MergeField> changedTheirs, List<String> theirReasons) {

    public ReviewCase {
        changedMine = inOrder(changedMine);
        changedTheirs = inOrder(changedTheirs);
        theirReasons = List.copyOf(theirReasons);
    }

    /** The fields in {@link MergeField#ORDER}, so that every listing of them is the same each run. */
    private static Set<MergeField> inOrder(Set<MergeField> fields) {
        java.util.TreeSet<MergeField> sorted = new java.util.TreeSet<>(MergeField.ORDER);
        sorted.addAll(fields);
        return java.util.Collections.unmodifiableSet(sorted);
    }

    /** A case whose other side gave no reason. */
    public ReviewCase(ReviewItem item, Version base, Version mine, Version theirs, MergeResult merge,
                      Set<MergeField> changedMine, Set<MergeField> changedTheirs) {
        this(item, base, mine, theirs, merge, changedMine, changedTheirs, List.of());
    }
}
