package org.contrechamp.core.bundle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps what an exported record says of its lineage within what every reader accepts
 * ({@link BundleFormat#MAX_PARENTS}, {@link BundleFormat#MAX_ANCESTORS}; docs/bundle-format.md).
 * A reader refuses a whole bundle past them, so writing more would stop the sharing of everything
 * else in it. Saying less is safe: a receiver that does not learn a revision is included merges from
 * an older base and sees more of the record as changed (more conflicts, never a silent loss).
 */
record LineageLimits(List<String> parents, List<String> ancestors) {

    /**
     * @param parents   the base first, then the other sides of merges
     * @param ancestors every revision the record includes
     * @return the first parents (the base kept), the others moved among the ancestors, and as many
     *         ancestors as fit (the last ones listed, the moved parents among them)
     */
    static LineageLimits fit(List<String> parents, List<String> ancestors) {
        List<String> kept = parents.size() <= BundleFormat.MAX_PARENTS ? List.copyOf(parents)
                : List.copyOf(parents.subList(0, BundleFormat.MAX_PARENTS));
        Set<String> all = new LinkedHashSet<>(ancestors);
        all.addAll(parents.subList(kept.size(), parents.size()));
        List<String> listed = new ArrayList<>(all);
        if (listed.size() > BundleFormat.MAX_ANCESTORS) {
            listed = listed.subList(listed.size() - BundleFormat.MAX_ANCESTORS, listed.size());
        }
        return new LineageLimits(kept, List.copyOf(listed));
    }
}
