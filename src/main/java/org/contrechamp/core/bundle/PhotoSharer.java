package org.contrechamp.core.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.photo.PhotoLibrary;

/**
 * Turns the originals a bundle refers to into shared copies ({@link SharedPhotoEncoder}), on every
 * core, reusing copies already made with the same recipe (size and boxes). A photo that is already a
 * shared copy (received from someone) travels as it is.
 */
public final class PhotoSharer {

    /** The shared copy standing for an original. */
    public record Shared(String original, String sha256, long size) {
    }

    /**
     * An original that could not be shared, and why: a reason code (the suffix of a
     * {@code photo.unshared.*} message) and the values that message quotes.
     */
    public record Unshared(String original, String reason, List<Object> args) {

        public Unshared {
            args = List.copyOf(args);
        }
    }

    public record Result(Map<String, Shared> shared, List<Unshared> unshared, int encoded) {
    }

    private final PhotoLibrary library;
    private final SharedPhotoStore store;
    private final PhotoSharingStore sharing;

    public PhotoSharer(PhotoLibrary library, SharedPhotoStore store, PhotoSharingStore sharing) {
        this.library = library;
        this.store = store;
        this.sharing = sharing;
    }

    public Result share(Collection<String> originals, int maxEdge, Progress progress, Cancellation cancellation) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "photo-sharing");
            t.setDaemon(true);
            return t;
        });
        AtomicLong done = new AtomicLong();
        AtomicLong encoded = new AtomicLong();
        Map<String, Future<Object>> futures = new LinkedHashMap<>();
        try {
            for (String original : originals) {
                futures.put(original, pool.submit(() -> {
                    cancellation.throwIfCancelled();
                    Object outcome = shareOne(original, maxEdge, encoded);
                    progress.update(done.incrementAndGet(), originals.size(), "");
                    return outcome;
                }));
            }
            Map<String, Shared> shared = new LinkedHashMap<>();
            List<Unshared> unshared = new ArrayList<>();
            for (Map.Entry<String, Future<Object>> f : futures.entrySet()) {
                Object outcome = await(f.getValue());
                if (outcome instanceof Shared s) {
                    shared.put(f.getKey(), s);
                } else {
                    unshared.add((Unshared) outcome);
                }
            }
            return new Result(shared, unshared, (int) encoded.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private Object shareOne(String original, int maxEdge, AtomicLong encoded) throws IOException {
        Optional<java.nio.file.Path> file = library.originalFile(original);
        if (file.isEmpty()) {
            // Not an original of ours: a copy received in a bundle is already clean and travels as is.
            return store.find(original).<Object>map(p -> new Shared(original, original, store.size(original)))
                    .orElse(new Unshared(original, "not-in-library", List.of()));
        }
        List<Redaction> boxes = sharing.redactions(original);
        String recipe = recipe(maxEdge, boxes);
        Optional<String> cached = sharing.sharedCopy(original, recipe).filter(sha -> store.find(sha).isPresent());
        if (cached.isPresent()) {
            return new Shared(original, cached.get(), store.size(cached.get()));
        }
        byte[] jpeg;
        try {
            jpeg = SharedPhotoEncoder.encode(file.get(), library.orientation(original), maxEdge, boxes);
        } catch (SharedPhotoEncoder.UnshareablePhotoException e) {
            return new Unshared(original, e.reason(), e.args());
        }
        String sha = BundleFormat.sha256Hex(jpeg);
        store.put(sha, jpeg);
        sharing.rememberSharedCopy(original, recipe, sha, jpeg.length);
        encoded.incrementAndGet();
        return new Shared(original, sha, jpeg.length);
    }

    /** What the copy was made with: a changed box or size makes a new copy. */
    static String recipe(int maxEdge, List<Redaction> boxes) {
        StringBuilder text = new StringBuilder("v1;edge=").append(maxEdge);
        for (Redaction r : boxes) {
            text.append(";box=").append(r.x()).append(',').append(r.y()).append(',').append(r.width()).append(',')
                    .append(r.height());
        }
        return boxes.isEmpty() ? text.toString()
                : "v1;edge=" + maxEdge + ";boxes=" + BundleFormat.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Object await(Future<Object> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
