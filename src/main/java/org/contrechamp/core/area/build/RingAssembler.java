package org.contrechamp.core.area.build;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the member ways of a multipolygon into closed rings by their shared end nodes, turning ways
 * around where needed. Chains that cannot be closed (a member missing from a clipped extract) are
 * left out and counted, rather than closed with a straight line that would fill the wrong place.
 */
final class RingAssembler {

    private int unclosed;

    /** Rings as node-id sequences whose last id repeats the first. */
    List<long[]> rings(List<long[]> ways) {
        List<long[]> rings = new ArrayList<>();
        List<long[]> open = new ArrayList<>();
        for (long[] way : ways) {
            if (way.length < 2) {
                continue;
            }
            if (isClosed(way)) {
                rings.add(way);
            } else {
                open.add(way);
            }
        }
        while (!open.isEmpty()) {
            long[] chain = open.remove(open.size() - 1);
            boolean grew = true;
            while (!isClosed(chain) && grew) {
                grew = false;
                for (int i = 0; i < open.size(); i++) {
                    long[] joined = join(chain, open.get(i));
                    if (joined != null) {
                        open.remove(i);
                        chain = joined;
                        grew = true;
                        break;
                    }
                }
            }
            if (isClosed(chain)) {
                rings.add(chain);
            } else {
                unclosed++;
            }
        }
        return rings;
    }

    /** Chains that could not be closed so far. */
    int unclosed() {
        return unclosed;
    }

    private static boolean isClosed(long[] chain) {
        return chain.length >= 4 && chain[0] == chain[chain.length - 1];
    }

    /** {@code chain} extended by {@code other} at either end (turned around if needed), or null. */
    private static long[] join(long[] chain, long[] other) {
        long first = chain[0];
        long last = chain[chain.length - 1];
        if (other[0] == last) {
            return concat(chain, other);
        }
        if (other[other.length - 1] == last) {
            return concat(chain, reversed(other));
        }
        if (other[other.length - 1] == first) {
            return concat(other, chain);
        }
        if (other[0] == first) {
            return concat(reversed(other), chain);
        }
        return null;
    }

    /** a then b, the shared node once. */
    static long[] concat(long[] a, long[] b) {
        long[] result = new long[a.length + b.length - 1];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 1, result, a.length, b.length - 1);
        return result;
    }

    private static long[] reversed(long[] a) {
        long[] result = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = a[a.length - 1 - i];
        }
        return result;
    }
}
