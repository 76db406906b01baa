package org.contrechamp.core.area.build;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * Stops an import before it runs out of memory. Importing keeps every node's coordinates and every
 * way's node list in memory (about 16 bytes a node and 8 a reference, see ADR 0021); an extract too
 * large for the memory the program may use is refused with advice, instead of failing half-way.
 */
final class MemoryGuard {

    /** Bytes per node and per way reference, with room for the array doubling as they grow. */
    private static final long BYTES_PER_NODE = 32;
    private static final long BYTES_PER_REF = 16;

    private final String fileName;
    private final long budget;
    private long nodeCapacity;
    private long refCapacity;

    MemoryGuard(String fileName, long budgetBytes) {
        this.fileName = fileName;
        this.budget = budgetBytes;
    }

    /** Half of what the JVM may use: the other half is for the database and the rest of the program. */
    static MemoryGuard forThisJvm(String fileName) {
        return new MemoryGuard(fileName, Runtime.getRuntime().maxMemory() / 2);
    }

    void checkNodes(long capacity) {
        nodeCapacity = capacity;
        check();
    }

    void checkRefs(long capacity) {
        refCapacity = capacity;
        check();
    }

    private void check() {
        long needed = nodeCapacity * BYTES_PER_NODE + refCapacity * BYTES_PER_REF;
        if (needed > budget) {
            throw new InvalidInputException(Problem.of(fileName, "area-too-big", budget / (1024 * 1024)));
        }
    }
}
