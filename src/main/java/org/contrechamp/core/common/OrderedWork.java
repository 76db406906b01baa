package org.contrechamp.core.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a function over a list on a few worker threads, a bounded number of items ahead, and hands
 * the results back in the list's order: photo import reads headers, hashes and makes thumbnails on
 * every core, and sync verifies the next bundles, while storing stays in order on the calling
 * thread. At most {@code ahead} results wait in memory.
 */
public final class OrderedWork<T, R> implements Iterator<R>, AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService pool;
    private final Iterator<T> items;
    private final Function<T, R> work;
    private final int ahead;
    private final Deque<Future<R>> pending = new ArrayDeque<>();

    /** @param name what the workers do, to name their threads ({@code photo-import}) */
    public OrderedWork(String name, List<T> items, Function<T, R> work, int threads, int ahead) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + pool + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.items = items.iterator();
        this.work = work;
        this.ahead = Math.max(1, ahead);
        fill();
    }

    private void fill() {
        while (pending.size() < ahead && items.hasNext()) {
            T item = items.next();
            pending.add(pool.submit(() -> work.apply(item)));
        }
    }

    @Override
    public boolean hasNext() {
        return !pending.isEmpty();
    }

    @Override
    public R next() {
        Future<R> first = pending.removeFirst();
        fill();
        try {
            return first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
