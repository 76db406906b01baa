package org.contrechamp.core.photo.imports;

/** How many worker threads photo import's steps use (see {@link org.contrechamp.core.common.OrderedWork}). */
final class WorkerCounts {

    private WorkerCounts() {
    }

    /** Workers for CPU-heavy work holding whole photos: every core, at most four (the disk is the limit beyond). */
    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Workers for reading headers: small reads that often wait on the disk, so twice the cores, at most eight. */
    static int headerThreads() {
        return Math.max(2, Math.min(8, 2 * Runtime.getRuntime().availableProcessors()));
    }
}
