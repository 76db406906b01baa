package org.contrechamp.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Runs background work one piece at a time, in the order it was asked for. Edits of the same records
 * go through it so that three quick keystrokes (kind, type, mount) are stored in that order, each on
 * top of the previous one, however many threads the runner has. Used from the FX thread only.
 */
public final class SerialTasks {

    private final TaskRunner runner;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private boolean running;

    public SerialTasks(TaskRunner runner) {
        this.runner = runner;
    }

    public <T> void submit(String name, TaskRunner.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        waiting.add(() -> runner.submit(name, work, result -> {
            try {
                onSuccess.accept(result);
            } finally {
                next();
            }
        }, error -> {
            try {
                onFailure.accept(error);
            } finally {
                next();
            }
        }));
        if (!running) {
            next();
        }
    }

    /** Whether work is queued or running (for tests and for "saving…" indicators). */
    public boolean busy() {
        return running;
    }

    private void next() {
        Runnable task = waiting.poll();
        running = task != null;
        if (task != null) {
            task.run();
        }
    }
}
