package org.contrechamp.core.area.build;

import java.util.Arrays;

/**
 * The node lists of every way, kept until the end of the file: ways may come before their nodes (an
 * Overpass answer), and an untagged way may turn out to be the outer ring of a multipolygon read
 * later. References live in one shared {@code long[]}, so a way costs 8 bytes a node plus 20.
 */
final class WayStore {

    private long[] ids = new long[1 << 12];
    private int[] firstRef = new int[1 << 12];
    private int[] refCount = new int[1 << 12];
    private long[] refs = new long[1 << 16];
    private int size;
    private int refsSize;
    private boolean sorted = true;
    private int[] order;
    private final MemoryGuard guard;

    WayStore(MemoryGuard guard) {
        this.guard = guard;
    }

    /** Stores a way's references; returns its index (stable: ways are never moved). */
    int add(long id, long[] nodeRefs) {
        if (size == ids.length) {
            int capacity = ids.length * 2;
            ids = Arrays.copyOf(ids, capacity);
            firstRef = Arrays.copyOf(firstRef, capacity);
            refCount = Arrays.copyOf(refCount, capacity);
        }
        while (refsSize + nodeRefs.length > refs.length) {
            int capacity = refs.length * 2;
            guard.checkRefs(capacity);
            refs = Arrays.copyOf(refs, capacity);
        }
        if (size > 0 && id <= ids[size - 1]) {
            sorted = false;
        }
        ids[size] = id;
        firstRef[size] = refsSize;
        refCount[size] = nodeRefs.length;
        System.arraycopy(nodeRefs, 0, refs, refsSize, nodeRefs.length);
        refsSize += nodeRefs.length;
        order = null;
        return size++;
    }

    int size() {
        return size;
    }

    long id(int index) {
        return ids[index];
    }

    int refCount(int index) {
        return refCount[index];
    }

    long ref(int index, int position) {
        return refs[firstRef[index] + position];
    }

    /** Index of a way by id, or -1 when the extract does not hold it. */
    int find(long id) {
        if (sorted) {
            return IdSort.find(ids, size, id);
        }
        if (order == null) {
            long[] sortedIds = Arrays.copyOf(ids, size);
            order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            IdSort.sort(sortedIds, order, size);
            sortedIdsCache = sortedIds;
        }
        int at = IdSort.find(sortedIdsCache, size, id);
        return at < 0 ? -1 : order[at];
    }

    private long[] sortedIdsCache;
}
