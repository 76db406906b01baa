package org.contrechamp.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.contrechamp.core.sighting.DamagedRecord;
import org.contrechamp.core.sighting.Sighting;

/**
 * A source read on a thread of its own, a few batches ahead of the export that writes its records.
 *
 * <p>Why: an export of 100,000 sightings spends about a quarter of its time reading and parsing the
 * stored records and most of the rest encoding the file; on a machine of two cores, the two can run
 * side by side. Records reach the writer in the source's order, damaged ones in their place; a
 * failure of the reading is thrown again on the writer's thread, and a writer that stops (a
 * cancellation, a full disk) stops the reading too.
 */
final class ReadAheadSource implements SightingSource {

    private static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 4;

    private final SightingSource source;

    ReadAheadSource(SightingSource source) {
        this.source = source;
    }

    @Override
    public long count() {
        return source.count();
    }

    @Override
    public void forEachLive(Consumer<Sighting> each, Consumer<DamagedRecord> damaged) {
        Reading reading = new Reading();
        Thread reader = new Thread(reading, "export-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Batch batch = reading.take();
                for (Object item : batch.items) {
                    if (item instanceof Sighting s) {
                        each.accept(s);
                    } else {
                        damaged.accept((DamagedRecord) item);
                    }
                }
                if (batch.failure != null) {
                    throw rethrown(batch.failure);
                }
                if (batch.last) {
                    return;
                }
            }
        } finally {
            reading.stop();
            joinQuietly(reader);
        }
    }

    /** The reading thread's side: fills batches and hands them over, until the end or a stop. */
    private final class Reading implements Runnable {
        private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        private volatile boolean stopped;
        private List<Object> items = new ArrayList<>(BATCH);

        @Override
        public void run() {
            Throwable failure = null;
            try {
                source.forEachLive(this::add, this::add);
            } catch (Stopped e) {
                return;
            } catch (Throwable t) {
                failure = t;
            }
            try {
                hand(new Batch(items, true, failure));
            } catch (Stopped e) {
                // The writer has stopped and does not wait for this last batch.
            }
        }

        private void add(Object item) {
            if (stopped) {
                throw new Stopped();
            }
            items.add(item);
            if (items.size() == BATCH) {
                hand(new Batch(items, false, null));
                items = new ArrayList<>(BATCH);
            }
        }

        private void hand(Batch batch) {
            try {
                while (!ready.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        throw new Stopped();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }

        Batch take() {
            try {
                return ready.take();
            } catch (InterruptedException e) {
                // Only quitting interrupts a task: the export ends as a cancelled one does.
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while reading the records to export");
            }
        }

        void stop() {
            stopped = true;
            ready.clear();
        }
    }

    private record Batch(List<Object> items, boolean last, Throwable failure) {
    }

    /** Unwinds the reading when the writer has stopped; never leaves the reading thread. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            return e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(failure);
    }

    private static void joinQuietly(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
