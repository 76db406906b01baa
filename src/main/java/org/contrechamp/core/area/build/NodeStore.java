package org.contrechamp.core.area.build;

import java.util.Arrays;

/**
 * The coordinates of every node of the extract, needed to draw the ways that refer to them: 16 bytes
 * a node in three parallel arrays (id, latitude and longitude in E7), searched by binary search. PBF
 * files give nodes sorted by id; other files are sorted once, when the first lookup comes.
 */
final class NodeStore {

    private long[] ids = new long[1 << 14];
    private int[] lats = new int[1 << 14];
    private int[] lons = new int[1 << 14];
    private int size;
    private boolean sorted = true;
    private final MemoryGuard guard;

    NodeStore(MemoryGuard guard) {
        this.guard = guard;
    }

    void add(long id, int latE7, int lonE7) {
        if (size == ids.length) {
            int capacity = ids.length * 2;
            guard.checkNodes(capacity);
            ids = Arrays.copyOf(ids, capacity);
            lats = Arrays.copyOf(lats, capacity);
            lons = Arrays.copyOf(lons, capacity);
        }
        if (size > 0 && id <= ids[size - 1]) {
            sorted = false;
        }
        ids[size] = id;
        lats[size] = latE7;
        lons[size] = lonE7;
        size++;
    }

    int size() {
        return size;
    }

    /** Index of a node, or -1 when the extract does not hold it. */
    int find(long id) {
        if (!sorted) {
            sort();
        }
        return IdSort.find(ids, size, id);
    }

    int lat(int index) {
        return lats[index];
    }

    int lon(int index) {
        return lons[index];
    }

    private void sort() {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        IdSort.sort(ids, order, size);
        int[] sortedLats = new int[ids.length];
        int[] sortedLons = new int[ids.length];
        for (int i = 0; i < size; i++) {
            sortedLats[i] = lats[order[i]];
            sortedLons[i] = lons[order[i]];
        }
        lats = sortedLats;
        lons = sortedLons;
        sorted = true;
    }
}
