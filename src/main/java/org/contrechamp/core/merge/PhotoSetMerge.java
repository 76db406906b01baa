package org.contrechamp.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Merges the photo lists of two versions. Photos are evidence: what either side added is kept, and
 * a photo either side removed stays removed (a removal is deliberate: a blurred shot, the wrong
 * camera, a passer-by's face), even when the other side added photos of its own. A list changed on
 * one side only is taken as that side has it (its order too, so a new main photo holds). When both
 * changed, the order must not depend on which side is called mine, since every computer that
 * receives both sides makes the same merge (docs/adr/0041): the photos kept from the base in the
 * base's order, then the photos either side added, in the order of their hashes.
 */
final class PhotoSetMerge {

    private PhotoSetMerge() {
    }

    static List<String> merge(List<String> base, List<String> mine, List<String> theirs) {
        switch (Pick.of(base, mine, theirs)) {
            case MINE:
                return mine;
            case THEIRS:
                return theirs;
            default:
                break;
        }
        Set<String> inBase = Set.copyOf(base);
        Set<String> inMine = Set.copyOf(mine);
        Set<String> inTheirs = Set.copyOf(theirs);
        List<String> merged = new ArrayList<>();
        for (String photo : base) {
            if (inMine.contains(photo) && inTheirs.contains(photo) && !merged.contains(photo)) {
                merged.add(photo);
            }
        }
        java.util.SortedSet<String> added = new java.util.TreeSet<>();
        for (String photo : mine) {
            if (!inBase.contains(photo)) {
                added.add(photo);
            }
        }
        for (String photo : theirs) {
            if (!inBase.contains(photo)) {
                added.add(photo);
            }
        }
        merged.addAll(added);
        return merged;
    }
}
