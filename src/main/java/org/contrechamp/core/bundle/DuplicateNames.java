package org.contrechamp.core.bundle;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The names already given in each object open around a streaming parser, to refuse a name given
 * twice. Jackson's own check makes a hash set for every object of more than two names: for a bundle
 * of 10,000 records about 30,000 sets, some 15 % of the processor time of verifying it. A record's
 * objects have a dozen names or fewer, so each level keeps its names in a small array with a 64-bit
 * summary of their hashes (a name whose bit is not set yet is new without comparing it to anything);
 * an object with more names than the array holds gets a hash set, so that no object costs more
 * than linear time.
 */
final class DuplicateNames {

    private static final int SMALL = 16;

    /** One per open object or array, innermost at {@code depth}; kept and reused as levels close. */
    private Level[] levels = new Level[16];
    private int depth = -1;

    /** An object or array opens. */
    void open() {
        depth++;
        if (depth == levels.length) {
            levels = Arrays.copyOf(levels, depth * 2);
        }
        if (levels[depth] == null) {
            levels[depth] = new Level();
        }
        levels[depth].clear();
    }

    /** The innermost object or array closes. */
    void close() {
        depth--;
    }

    /** Adds a name of the innermost object; false when it already has that name. */
    boolean add(String name) {
        return levels[depth].add(name);
    }

    private static final class Level {
        private final String[] names = new String[SMALL];
        private int count;
        private long summary;
        private Set<String> many;

        void clear() {
            count = 0;
            summary = 0;
            many = null;
        }

        boolean add(String name) {
            if (many != null) {
                return many.add(name);
            }
            long bit = 1L << (name.hashCode() & 63);
            if ((summary & bit) != 0) {
                for (int i = 0; i < count; i++) {
                    if (names[i].equals(name)) {
                        return false;
                    }
                }
            }
            if (count == SMALL) {
                many = new HashSet<>(Arrays.asList(names));
                return many.add(name);
            }
            summary |= bit;
            names[count++] = name;
            return true;
        }
    }
}
