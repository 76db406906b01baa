package org.contrechamp.ui.common;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work as JavaFX {@link Task}s on a small pool of named daemon threads; callbacks and property
 * updates arrive on the FX thread. Two threads: one long import must not stop a quick lookup.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor;

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "contrechamp-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        executor = Executors.newFixedThreadPool(2, threads);
    }

    @Override
    public <T> TaskHandle submit(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        // Cancelling only asks the work to stop: the task is not cancelled itself, so it ends when the
        // work does, with what the work returns (an import keeps and reports what it finished).
        AtomicBoolean stopAsked = new AtomicBoolean();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run((done, total, current) -> {
                    updateProgress(done, total < 0 ? -1 : total);
                    updateMessage(current);
                }, stopAsked::get);
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (!(error instanceof CancellationException)) {
                LOG.warn("background task '{}' failed", name, error);
            }
            onFailure.accept(error);
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closed) {
            // The window is closing (a sync that ended meanwhile asks for the list again): nobody will
            // see the result, and throwing at the FX thread would only fail the quit.
            LOG.debug("background task '{}' not started: the window is closing", name);
        }
        return new TaskHandle() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return task.progressProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return task.messageProperty();
            }

            @Override
            public void cancel() {
                stopAsked.set(true);
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * On quitting: lets queued and running work finish (edits still being stored above all) for up to
     * {@code wait}, then interrupts what is left. Returns whether everything finished.
     */
    public boolean finish(Duration wait) {
        executor.shutdown();
        try {
            if (executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            executor.shutdownNow();
            return executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
