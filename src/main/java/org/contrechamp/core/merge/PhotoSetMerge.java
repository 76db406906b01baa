package org.contrechamp.core.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges the photo lists of two versions. Photos are evidence: what either side added is kept, and
 * a photo either side removed stays removed (a removal is deliberate: a blurred shot, the wrong
 * camera, a passer-by's face), even when the other side added photos of its own. A list changed on
 * one side only is taken as that side has it (its order too, so a new main photo holds); when both
 * changed, mine's order comes first, then theirs' new photos in theirs' order.
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
        Set<String> merged = new LinkedHashSet<>();
        for (String photo : mine) {
            if (!inBase.contains(photo) || inTheirs.contains(photo)) {
                merged.add(photo);
            }
        }
        for (String photo : theirs) {
            if (!inBase.contains(photo) && !inMine.contains(photo)) {
                merged.add(photo);
            }
        }
        return new ArrayList<>(merged);
    }
}
